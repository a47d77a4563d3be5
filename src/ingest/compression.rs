//! Compressed streams: gzip (every member of a multi-member file, as `gzip` and WARC.gz write
//! them) and zstd (every frame), recognized by their magic bytes, decoded as they are read.

use std::io::{self, BufRead, BufReader, Read};

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
pub fn decompress<'a, R: BufRead + Send + 'a>(mut r: R) -> io::Result<(Box<dyn BufRead + Send + 'a>, Compression)> {
    let c = Compression::sniff(r.fill_buf()?);
    let out: Box<dyn BufRead + Send + 'a> = match c {
        Compression::None => Box::new(r),
        Compression::Gzip => Box::new(BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(r))),
        Compression::Zstd => Box::new(BufReader::with_capacity(1 << 16, ZstdFrames::new(r))),
    };
    Ok((out, c))
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
