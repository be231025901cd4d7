//! The import parsers under hostile input: generated files (mutations of real
//! exports and backups, and random JSON shapes) must each be read or refused with a
//! message, never panic. Plain Rust on the stable toolchain: a seeded generator, so
//! any failure is reproducible from the seed it prints.
//!
//! `cargo test -p ebb --test import_fuzz` runs 20,000 inputs; the full run is
//! `EBB_FUZZ_INPUTS=1000000 cargo test -p ebb --release --test import_fuzz -- --nocapture`.

use ebb::journal::{archive, backup};

/// xorshift64*: small, fast and deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Pieces that tend to find edges: JSON punctuation, escapes, huge and odd numbers,
/// the format's own keys, invalid UTF-8, right-to-left and emoji.
const TOKENS: &[&[u8]] = &[
    b"{", b"}", b"[", b"]", b"\"", b":", b",", b"\\", b"\\u0000", b"\\ud800", b"\\uDFFF", b"null", b"true", b"-0", b"1e999",
    b"-1e-999", b"18446744073709551616", b"99999999999999999999999999", b"0.5", b"NaN", b"\"sessions\"", b"\"bringUp\"",
    b"\"practice\"", b"\"notes\"", b"\"drafts\"", b"\"format\"", b"\"ebb-journal\"", b"\"version\"", b"\"heldAt\"", b"\"id\"",
    b"\"2026-02-30T25:61\"", b"\"2026-11-22T10:00:00Z\"", b"\xff", b"\xc0\x80", b"\xed\xa0\x80", "\u{202e}".as_bytes(),
    "🌊".as_bytes(), b"\x00", b"\n", b"\r\n", b"age-encryption.org/v1\n",
];

fn seed_export() -> Vec<u8> {
    let session = |id: &str, day: u32| {
        serde_json::json!({
            "id": id, "heldAt": format!("2026-11-{day:02}T18:00"), "therapist": "Dr. Rivera", "distressBefore": 7, "distressAfter": 4,
            "bodyState": "revved-up", "tears": "both", "tearKinds": ["grief", "release"], "cameUp": "My sister. שלום 🌊",
            "helped": "Naming it", "aftercare": ["Water"], "warningSigns": ["numbness"], "tags": ["family"],
            "createdAt": "2026-11-03T19:00:00.000Z", "updatedAt": "2026-11-03T19:00:00.000Z"
        })
    };
    serde_json::to_vec_pretty(&serde_json::json!({
        "format": "ebb-journal", "version": 1, "exportedAt": "2026-11-22T10:00:00.000Z",
        "sessions": [session("a1", 3), session("b2", 10)],
        "bringUp": [{"id": "i1", "text": "sleep", "raisedIn": "a1", "position": 0, "doneIn": "b2", "doneAt": "2026-11-10T19:00:00.000Z"}],
        "practice": [{"id": "p1", "tool": "pacer", "used": "long-exhale", "before": 8, "after": 5, "activeSeconds": 120, "endedAt": "2026-11-20T10:00:00Z"}],
        "notes": [{"id": "n1", "writtenAt": "2026-11-21T08:00:00.000Z", "text": "a quick note"}],
        "drafts": [{"key": "new", "body": {"cameUp": "half"}, "savedAt": "2026-11-22T09:00:00.000Z"}]
    }))
    .expect("json")
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut bytes = rng.pick(seeds).clone();
    for _ in 0..=rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(8) {
            0 if !bytes.is_empty() => {
                let i = at.min(bytes.len() - 1);
                bytes[i] ^= 1 << rng.below(8);
            }
            1 if !bytes.is_empty() => {
                let i = at.min(bytes.len() - 1);
                bytes[i] = rng.next() as u8;
            }
            2 => bytes.truncate(at),
            3 => {
                let token = *rng.pick(TOKENS);
                bytes.splice(at..at, token.iter().copied());
            }
            4 => {
                let end = (at + rng.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            5 => {
                let end = (at + rng.below(256)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                let to = rng.below(bytes.len() + 1);
                bytes.splice(to..to, copy);
            }
            6 => {
                let other = rng.pick(seeds);
                let from = rng.below(other.len() + 1);
                bytes.truncate(at);
                bytes.extend_from_slice(&other[from..]);
            }
            _ => {
                // Nesting, in a place JSON allows it or not.
                let depth = rng.below(3000);
                let open = if rng.below(2) == 0 { b'[' } else { b'{' };
                bytes.splice(at..at, std::iter::repeat_n(open, depth));
            }
        }
    }
    bytes
}

/// A random JSON value, to put where a record or a field should be.
fn random_json(rng: &mut Rng, depth: usize) -> serde_json::Value {
    use serde_json::Value;
    match rng.below(if depth > 3 { 5 } else { 7 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => serde_json::json!(rng.next() as i64),
        3 => serde_json::json!((rng.next() as f64) / 7.0),
        4 => {
            let token: &[u8] = rng.pick::<&[u8]>(TOKENS);
            Value::String(String::from_utf8_lossy(token).repeat(rng.below(4)))
        }
        5 => Value::Array((0..rng.below(4)).map(|_| random_json(rng, depth + 1)).collect()),
        _ => {
            let keys = ["id", "heldAt", "tool", "text", "raisedIn", "position", "distressBefore", "tags", "body", "createdAt", "x"];
            Value::Object((0..rng.below(6)).map(|_| (rng.pick(&keys).to_string(), random_json(rng, depth + 1))).collect())
        }
    }
}

fn structured(rng: &mut Rng, seed: &serde_json::Value) -> Vec<u8> {
    let mut value = seed.clone();
    let sections = ["sessions", "bringUp", "practice", "notes", "drafts"];
    for _ in 0..=rng.below(3) {
        let section = *rng.pick(&sections);
        let Some(list) = value[section].as_array_mut() else {
            value[section] = random_json(rng, 0);
            continue;
        };
        match rng.below(3) {
            0 => list.push(random_json(rng, 0)),
            1 if !list.is_empty() => {
                let i = rng.below(list.len());
                if let Some(record) = list[i].as_object_mut().filter(|r| !r.is_empty()) {
                    let keys: Vec<String> = record.keys().cloned().collect();
                    let key = rng.pick(&keys).clone();
                    record.insert(key, random_json(rng, 0));
                }
            }
            _ => value[section] = random_json(rng, 0),
        }
    }
    serde_json::to_vec(&value).expect("json")
}

#[test]
fn generated_hostile_files_are_read_or_refused_never_a_crash() {
    let inputs: usize = std::env::var("EBB_FUZZ_INPUTS").ok().and_then(|n| n.parse().ok()).unwrap_or(20_000);
    let seed = std::env::var("EBB_FUZZ_SEED").ok().and_then(|n| n.parse().ok()).unwrap_or(0x00EB_B5EE_D000_0001u64);
    let mut rng = Rng(seed);
    let export = seed_export();
    let export_value: serde_json::Value = serde_json::from_slice(&export).expect("json");
    let minimal = br#"{"format":"ebb-journal","version":1}"#.to_vec();
    // Sealed with the smallest work factor so that reaching the payload costs nothing.
    let sealed = backup::seal(&export, "fuzz passphrase", 1).expect("seal");
    let seeds = vec![export.clone(), minimal, sealed.clone()];

    let (mut read, mut refused, mut with_problems) = (0usize, 0usize, 0usize);
    for n in 0..inputs {
        let bytes = match n % 10 {
            0..=5 => mutate(&mut rng, &seeds),
            6 | 7 => structured(&mut rng, &export_value),
            _ => {
                let mut b = sealed.clone();
                for _ in 0..=rng.below(3) {
                    let at = rng.below(b.len());
                    b[at] ^= 1 << rng.below(8);
                }
                if rng.below(4) == 0 {
                    b.truncate(rng.below(b.len()));
                }
                b
            }
        };
        let outcome = if backup::looks_like_backup(&bytes) {
            backup::open(&bytes, "fuzz passphrase").and_then(|doc| archive::parse(&doc))
        } else {
            archive::parse(&bytes)
        };
        match outcome {
            Ok(checked) if checked.problem_count > 0 => {
                with_problems += 1;
                assert!(checked.problems.iter().all(|p| !p.reason.is_empty()), "seed {seed:#x}, input {n}: a problem without a reason");
            }
            Ok(_) => read += 1,
            Err(e) => {
                refused += 1;
                assert!(!e.to_string().is_empty(), "seed {seed:#x}, input {n}: a refusal without a message");
            }
        }
    }
    println!("{inputs} inputs (seed {seed:#x}): {read} read whole, {with_problems} with records listed as problems, {refused} refused");
    assert_eq!(read + refused + with_problems, inputs);
    assert!(refused > 0 && with_problems > 0, "the generator reaches both kinds of answer");
}
