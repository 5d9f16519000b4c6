//! The batch pipeline: one reader thread cuts the input into chunks, `jobs`
//! worker threads render each chunk's answers into bytes, and the calling
//! thread writes the chunks back in input order.
//!
//! Memory is bounded: at most [`IN_FLIGHT_PER_JOB`] × `jobs` chunks exist at
//! once (read, being rendered, or waiting for their turn to be written),
//! whatever the length of the input. Each chunk holds at most
//! [`CHUNK_LINES`] inputs, and fewer when the reader is about to wait for
//! more input, so that answers to typed lines come back at once.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread;

/// Most inputs in one chunk.
pub(crate) const CHUNK_LINES: usize = 128;
/// Chunks in flight per worker.
const IN_FLIGHT_PER_JOB: usize = 2;

/// What a run answered: counted by the workers, summed by the writer.
#[derive(Default, Debug)]
pub(crate) struct Tally {
    pub(crate) lines: u64,
    pub(crate) failed: u64,
    pub(crate) warnings: HashMap<&'static str, u64>,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.lines += other.lines;
        self.failed += other.failed;
        for (kind, n) in other.warnings {
            *self.warnings.entry(kind).or_default() += n;
        }
    }
}

/// A chunk of inputs as the reader hands it on.
pub(crate) struct Chunk<T> {
    /// The inputs.
    pub(crate) items: Vec<T>,
    /// Write out (flush) everything once this chunk is written: the reader
    /// is about to wait for input.
    pub(crate) flush: bool,
    /// Bytes of input read up to the end of this chunk (for the progress).
    pub(crate) read_to: u64,
}

/// A chunk's answers, rendered.
struct Done {
    bytes: Vec<u8>,
    tally: Tally,
    flush: bool,
    read_to: u64,
}

/// Where the reader hands chunks on. `send` returns `false` once nobody
/// will write them any more (the output went away): the reader then stops.
pub(crate) struct Feed<T> {
    work: SyncSender<(u64, u64, Chunk<T>)>,
    tokens: Receiver<()>,
    seq: u64,
    first: u64,
}

impl<T> Feed<T> {
    pub(crate) fn send(&mut self, chunk: Chunk<T>) -> bool {
        if self.tokens.recv().is_err() {
            return false;
        }
        let len = chunk.items.len() as u64;
        let sent = self.work.send((self.seq, self.first, chunk)).is_ok();
        self.seq += 1;
        self.first += len;
        sent
    }
}

/// Runs the pipeline. `read` runs on its own thread and hands chunks to the
/// [`Feed`]; `render(first, items, out, tally)` renders the answers to
/// `items` (whose first is input number `first`, from 0) into `out`;
/// `written(tally, read_to)` is called after each chunk is written. Returns
/// the run's tally and what `read` returned.
pub(crate) fn run<T, R, F, P>(
    jobs: usize,
    read: R,
    render: F,
    out: &mut impl Write,
    mut written: P,
) -> io::Result<(Tally, io::Result<()>)>
where
    T: Send + 'static,
    R: FnOnce(&mut Feed<T>) -> io::Result<()> + Send + 'static,
    F: Fn(u64, &[T], &mut Vec<u8>, &mut Tally) + Send + Sync + 'static,
    P: FnMut(&Tally, u64),
{
    let jobs = jobs.max(1);
    let in_flight = IN_FLIGHT_PER_JOB * jobs;
    let (work_tx, work_rx) = sync_channel::<(u64, u64, Chunk<T>)>(jobs);
    let (done_tx, done_rx) = sync_channel::<(u64, Done)>(jobs);
    let (token_tx, token_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        token_tx.send(()).expect("the receiver is alive");
    }
    let mut feed = Feed {
        work: work_tx,
        tokens: token_rx,
        seq: 0,
        first: 0,
    };
    // Not joined if the output fails: it may be blocked reading input that
    // never comes, and the process is about to end anyway.
    let reader = thread::spawn(move || read(&mut feed));

    let work_rx = Arc::new(Mutex::new(work_rx));
    let render = Arc::new(render);
    let mut workers = Vec::with_capacity(jobs);
    for _ in 0..jobs {
        let (work_rx, done_tx, render) =
            (Arc::clone(&work_rx), done_tx.clone(), Arc::clone(&render));
        workers.push(thread::spawn(move || loop {
            let next = work_rx.lock().map(|rx| rx.recv());
            let Ok(Ok((seq, first, chunk))) = next else {
                return;
            };
            let mut done = Done {
                // A --json answer is about 700 bytes.
                bytes: Vec::with_capacity(chunk.items.len() * 1024),
                tally: Tally::default(),
                flush: chunk.flush,
                read_to: chunk.read_to,
            };
            render(first, &chunk.items, &mut done.bytes, &mut done.tally);
            if done_tx.send((seq, done)).is_err() {
                return;
            }
        }));
    }
    drop(done_tx);

    let mut total = Tally::default();
    let mut waiting = BTreeMap::new();
    let mut next = 0u64;
    for (seq, done) in done_rx.iter() {
        waiting.insert(seq, done);
        while let Some(done) = waiting.remove(&next) {
            out.write_all(&done.bytes)?;
            total.add(done.tally);
            if done.flush {
                out.flush()?;
            }
            written(&total, done.read_to);
            next += 1;
            // Room for one more chunk; if the reader is gone that is fine.
            let _ = token_tx.send(());
        }
    }
    for worker in workers {
        worker.join().expect("a worker panicked");
    }
    let read_result = reader.join().expect("the reader panicked");
    Ok((total, read_result))
}
