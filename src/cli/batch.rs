//! The parallel batch: items from the reader thread are cut into chunks, each chunk runs on
//! the rayon pool while later ones are read and earlier ones written, and the results come back
//! to the caller in input order. Every channel is bounded, so memory stays flat whatever the
//! size of the input: at most a few chunks are in flight at once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use rayon::prelude::*;

use super::inputs::{ByteGate, Slot};

/// A chunk closes at this many documents…
const CHUNK_DOCS: usize = 256;
/// …or this many bytes…
const CHUNK_BYTES: usize = 1 << 20;
/// …or when no item has arrived for this long (a slow stream still flows).
const CHUNK_IDLE: Duration = Duration::from_millis(5);

/// The results of one chunk, in input order.
pub struct Done<T> {
    /// The index of the chunk's last item.
    pub last_index: u64,
    /// One result per item.
    pub results: Vec<T>,
}

/// Runs `process` over every item of `items` on `pool`, and hands each chunk's results to `sink`
/// in input order; gives each item's bytes back to `gate` once taken. Stops early (and returns
/// the error) when `sink` fails.
pub fn run_ordered<T, P, S>(
    pool: &rayon::ThreadPool,
    items: Receiver<Slot>,
    gate: &ByteGate,
    process: P,
    mut sink: S,
) -> anyhow::Result<()>
where
    T: Send,
    P: Fn(Slot) -> T + Sync,
    S: FnMut(Done<T>) -> anyhow::Result<()>,
{
    let in_flight = 2 * pool.current_num_threads() + 2;
    let (order_tx, order_rx) = mpsc::sync_channel::<Receiver<Done<T>>>(in_flight);
    let stop = AtomicBool::new(false);
    let process = &process;
    let stop_ref = &stop;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.in_place_scope(|s| {
                // Sized for a whole chunk (a chunk grown from empty would reallocate eight times).
                let mut chunk: Vec<Slot> = Vec::with_capacity(CHUNK_DOCS);
                let mut bytes = 0usize;
                let dispatch = |chunk: Vec<Slot>| -> bool {
                    let (tx, rx) = mpsc::sync_channel(1);
                    if order_tx.send(rx).is_err() {
                        return false;
                    }
                    s.spawn(move |_| {
                        let last_index = chunk.last().map(|x| x.index).unwrap_or(0);
                        let results = chunk.into_par_iter().map(process).collect();
                        let _ = tx.send(Done { last_index, results });
                    });
                    true
                };
                loop {
                    if stop_ref.load(Ordering::Relaxed) {
                        return;
                    }
                    let wait = if chunk.is_empty() { Duration::from_millis(100) } else { CHUNK_IDLE };
                    match items.recv_timeout(wait) {
                        Ok(slot) => {
                            gate.release(slot.len());
                            bytes += slot.len();
                            chunk.push(slot);
                            if chunk.len() >= CHUNK_DOCS || bytes >= CHUNK_BYTES {
                                bytes = 0;
                                if !dispatch(std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK_DOCS))) {
                                    return;
                                }
                            }
                        }
                        Err(RecvTimeoutError::Timeout) => {
                            if !chunk.is_empty() {
                                bytes = 0;
                                if !dispatch(std::mem::take(&mut chunk)) {
                                    return;
                                }
                            }
                        }
                        Err(RecvTimeoutError::Disconnected) => {
                            if !chunk.is_empty() {
                                dispatch(std::mem::take(&mut chunk));
                            }
                            return;
                        }
                    }
                }
            });
        });
        let mut result = Ok(());
        for rx in order_rx.iter() {
            let Ok(done) = rx.recv() else { break };
            if let Err(e) = sink(done) {
                result = Err(e);
                break;
            }
        }
        stop.store(true, Ordering::Relaxed);
        drop(order_rx);
        result
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use verbatim::ingest::{Location, Rejected};

    #[test]
    fn results_come_back_in_input_order() {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        let (tx, rx) = mpsc::sync_channel(8);
        std::thread::spawn(move || {
            for i in 0..2000u64 {
                let item = Err(Rejected::new(Location::Line(i), None, "x"));
                tx.send(Slot { index: i, source: "s".into(), item }).unwrap();
            }
        });
        let mut seen = Vec::new();
        run_ordered(
            &pool,
            rx,
            &ByteGate::new(1 << 20),
            |s: Slot| {
                if s.index.is_multiple_of(7) {
                    std::thread::sleep(Duration::from_micros(200));
                }
                s.index
            },
            |d| {
                seen.extend(d.results);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..2000).collect::<Vec<_>>());
    }

    #[test]
    fn a_failing_sink_stops_the_run() {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        let (tx, rx) = mpsc::sync_channel(8);
        std::thread::spawn(move || {
            for i in 0..100_000u64 {
                let item = Err(Rejected::new(Location::Line(i), None, "x"));
                if tx.send(Slot { index: i, source: "s".into(), item }).is_err() {
                    return;
                }
            }
        });
        let mut chunks = 0;
        let r = run_ordered(
            &pool,
            rx,
            &ByteGate::new(1 << 20),
            |s: Slot| s.index,
            |_| {
                chunks += 1;
                anyhow::ensure!(chunks < 3, "sink closed");
                Ok(())
            },
        );
        assert_eq!(r.unwrap_err().to_string(), "sink closed");
        assert_eq!(chunks, 3);
    }
}
