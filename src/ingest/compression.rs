//! Compressed streams: gzip (every member of a multi-member file, as `gzip` and WARC.gz write
//! them) and zstd (every frame), recognized by their magic bytes, decoded as they are read.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};
use std::sync::{Arc, Mutex};

use super::Counted;

use ruzstd::decoding::errors::{FrameDecoderError, ReadFrameHeaderError};
use ruzstd::decoding::{BlockDecodingStrategy, FrameDecoder};

/// A compression format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Not compressed.
    None,
    /// gzip, one or more members.
    Gzip,
    /// Zstandard, one or more frames.
    Zstd,
}

impl Compression {
    /// The compression a file name's last extension names (`.gz`, `.zst`), if any.
    pub fn from_extension(ext: &str) -> Compression {
        match ext.to_ascii_lowercase().as_str() {
            "gz" | "gzip" => Compression::Gzip,
            "zst" | "zstd" => Compression::Zstd,
            _ => Compression::None,
        }
    }

    /// The compression the first bytes of a stream show.
    pub fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }
}

/// Wraps `r` in the decoder its magic bytes call for (none when it is not compressed).
pub fn decompress<'a, R: BufRead + Send + 'a>(r: R) -> io::Result<(Box<dyn BufRead + Send + 'a>, Compression)> {
    decompress_tracked(r).map(|(out, c, _)| (out, c))
}

/// [`decompress`], and for gzip the map of where its members start ([`Members`]), so that a
/// record found in the decompressed stream can be located in the file as stored.
pub fn decompress_tracked<'a, R: BufRead + Send + 'a>(
    mut r: R,
) -> io::Result<(Box<dyn BufRead + Send + 'a>, Compression, Option<Members>)> {
    let c = Compression::sniff(r.fill_buf()?);
    Ok(match c {
        Compression::None => (Box::new(r), c, None),
        Compression::Gzip => {
            let g = GzMembers::new(r);
            let m = g.members();
            (Box::new(BufReader::with_capacity(1 << 16, g)), c, Some(m))
        }
        Compression::Zstd => (Box::new(BufReader::with_capacity(1 << 16, ZstdFrames::new(r))), c, None),
    })
}

/// How many member starts a [`Members`] map keeps: readers ask about the record they have just
/// read, so only the latest members matter, and memory stays flat on an archive of any size.
const KEPT_MEMBERS: usize = 4096;

/// Where the latest members of a gzip stream start: (offset in the decompressed stream, offset in
/// the compressed stream). Shared between the decoder, which adds to it, and a reader.
#[derive(Debug, Clone, Default)]
pub struct Members(Arc<Mutex<VecDeque<(u64, u64)>>>);

impl Members {
    fn push(&self, decompressed: u64, compressed: u64) {
        let mut q = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if q.len() == KEPT_MEMBERS {
            q.pop_front();
        }
        q.push_back((decompressed, compressed));
    }

    /// The compressed offset of the member holding decompressed offset `at`, if still known.
    pub fn member_of(&self, at: u64) -> Option<u64> {
        let q = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let i = q.partition_point(|&(d, _)| d <= at);
        (i > 0).then(|| q[i - 1].1)
    }
}

/// Decodes every member of a gzip stream, one after the other, noting in [`Members`] where each
/// starts (WARC.gz writes one record per member, and indexes point at members).
pub struct GzMembers<R: BufRead> {
    dec: Option<flate2::bufread::GzDecoder<Counted<R>>>,
    out: u64,
    members: Members,
}

impl<R: BufRead> GzMembers<R> {
    /// A decoder over `src`, whose first member starts at offset 0.
    pub fn new(src: R) -> Self {
        let members = Members::default();
        members.push(0, 0);
        GzMembers { dec: Some(flate2::bufread::GzDecoder::new(Counted { inner: src, pos: 0 })), out: 0, members }
    }

    /// The map of member starts, filled as the stream is read.
    pub fn members(&self) -> Members {
        self.members.clone()
    }
}

impl<R: BufRead> Read for GzMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            let Some(dec) = self.dec.as_mut() else { return Ok(0) };
            let n = dec.read(buf)?;
            if n > 0 {
                self.out += n as u64;
                return Ok(n);
            }
            // The member ended: the next one, if any, starts where the compressed bytes stand.
            let Some(dec) = self.dec.take() else { return Ok(0) };
            let mut src = dec.into_inner();
            if src.fill_buf()?.is_empty() {
                return Ok(0);
            }
            self.members.push(self.out, src.pos);
            self.dec = Some(flate2::bufread::GzDecoder::new(src));
        }
    }
}

/// Decodes every zstd frame of a stream, skipping skippable frames.
pub struct ZstdFrames<R: BufRead> {
    src: R,
    dec: FrameDecoder,
    in_frame: bool,
}

impl<R: BufRead> ZstdFrames<R> {
    /// A decoder over `src`.
    pub fn new(src: R) -> Self {
        ZstdFrames { src, dec: FrameDecoder::new(), in_frame: false }
    }
}

impl<R: BufRead> Read for ZstdFrames<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if !self.in_frame {
                if self.src.fill_buf()?.is_empty() {
                    return Ok(0);
                }
                match self.dec.reset(&mut self.src) {
                    Ok(()) => self.in_frame = true,
                    Err(FrameDecoderError::ReadFrameHeaderError(ReadFrameHeaderError::SkipFrame {
                        length, ..
                    })) => {
                        let skipped = io::copy(&mut (&mut self.src).take(length as u64), &mut io::sink())?;
                        if skipped < length as u64 {
                            return Err(io::Error::new(
                                io::ErrorKind::UnexpectedEof,
                                "zstd: truncated skippable frame",
                            ));
                        }
                        continue;
                    }
                    Err(e) => return Err(io::Error::new(io::ErrorKind::InvalidData, format!("zstd: {e}"))),
                }
            }
            while self.dec.can_collect() == 0 && !self.dec.is_finished() {
                self.dec
                    .decode_blocks(&mut self.src, BlockDecodingStrategy::UptoBlocks(1))
                    .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("zstd: {e}")))?;
            }
            let n = self.dec.read(buf)?;
            if n > 0 {
                return Ok(n);
            }
            if self.dec.is_finished() {
                self.in_frame = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read_all(bytes: Vec<u8>) -> (String, Compression) {
        let (mut r, c) = decompress(io::Cursor::new(bytes)).unwrap();
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        (s, c)
    }

    #[test]
    fn plain_passes_through() {
        assert_eq!(read_all(b"abc\n".to_vec()), ("abc\n".to_string(), Compression::None));
    }

    #[test]
    fn gzip_members_are_all_read() {
        let mut bytes = Vec::new();
        for part in ["un\n", "deux\n"] {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(part.as_bytes()).unwrap();
            bytes.extend(e.finish().unwrap());
        }
        assert_eq!(read_all(bytes), ("un\ndeux\n".to_string(), Compression::Gzip));
    }

    #[test]
    fn gzip_member_starts_are_mapped_to_file_offsets() {
        let mut bytes = Vec::new();
        let mut starts = Vec::new();
        for part in ["premier\n", "", "deuxième\n", "troisième\n"] {
            starts.push(bytes.len() as u64);
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(part.as_bytes()).unwrap();
            bytes.extend(e.finish().unwrap());
        }
        let (mut r, _, m) = decompress_tracked(io::Cursor::new(bytes)).unwrap();
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        assert_eq!(s, "premier\ndeuxième\ntroisième\n");
        let m = m.expect("gzip has a member map");
        let second = "premier\n".len() as u64;
        let third = second + "deuxième\n".len() as u64;
        assert_eq!(m.member_of(0), Some(starts[0]));
        assert_eq!(m.member_of(second - 1), Some(starts[0]));
        // The empty member holds no byte: the second text is in the third member.
        assert_eq!(m.member_of(second), Some(starts[2]));
        assert_eq!(m.member_of(third + 3), Some(starts[3]));
    }

    #[test]
    fn zstd_frames_are_all_read_and_skippable_frames_skipped() {
        let mut bytes = ruzstd::encoding::compress_to_vec(&b"un\n"[..], ruzstd::encoding::CompressionLevel::Fastest);
        bytes.extend([0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 9, 9, 9]);
        bytes.extend(ruzstd::encoding::compress_to_vec(&b"deux\n"[..], ruzstd::encoding::CompressionLevel::Fastest));
        assert_eq!(read_all(bytes), ("un\ndeux\n".to_string(), Compression::Zstd));
    }

    #[test]
    fn corrupt_gzip_is_an_error_not_a_panic() {
        let mut bytes = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
        bytes.extend([0xff; 64]);
        let (mut r, _) = decompress(io::Cursor::new(bytes)).unwrap();
        let mut s = Vec::new();
        assert!(r.read_to_end(&mut s).is_err());
    }
}
