#!/usr/bin/env python3
"""
Checks a callredact dataset export with a reader that is not ours: Python's standard library
only (json, wave). Usage: export_check.py FORMAT DIR  (FORMAT: kaldi, nemo, hf, lhotse).
Prints one line per problem and exits 1 when there is any; prints "ok N" (utterances) otherwise.

Kaldi: the rules of utils/validate_data_dir.sh (LC_ALL=C): every file sorted by its first field
in byte order with unique keys; utt2spk also sorted when sorted on the speaker field
(sort -k2); spk2utt exactly what utils/utt2spk_to_spk2utt.pl derives from utt2spk; text, segments
and utt2spk hold the same utterances; every recording of wav.scp is used by a segment and every
segment's recording is in wav.scp; 0 <= start < end <= the recording's length; utterance ids
start with their speaker id; text is UTF-8 without empty transcripts.
JSONL formats: the fields and types each tool reads, and every referenced WAV exists with the
stated duration / sample count.
"""
import json
import os
import sys
import wave

problems = []


def problem(msg):
    problems.append(msg)


def c_sorted_unique(keys):
    encoded = [k.encode("utf-8") for k in keys]
    return encoded == sorted(set(encoded))


def wav_info(path):
    with wave.open(path, "rb") as w:
        return w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes()


def read_lines(path):
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")  # raises on invalid UTF-8
    if not text.endswith("\n"):
        problem(f"{path}: last line has no newline")
    return [line for line in text.split("\n") if line != ""]


def check_kaldi(root):
    count = 0
    data = os.path.join(root, "data")
    for split in sorted(os.listdir(data)):
        d = os.path.join(data, split)
        tables = {}
        for name in ["wav.scp", "segments", "text", "utt2spk", "spk2utt"]:
            path = os.path.join(d, name)
            if not os.path.exists(path):
                problem(f"{split}: {name} missing")
                continue
            lines = read_lines(path)
            keys = [line.split(" ", 1)[0] for line in lines]
            if not c_sorted_unique(keys):
                problem(f"{split}/{name}: not sorted (C locale) or keys not unique")
            tables[name] = lines
        utt2spk = [line.split() for line in tables.get("utt2spk", [])]
        if any(len(f) != 2 for f in utt2spk):
            problem(f"{split}/utt2spk: lines must have two fields")
        # sort -k2 (speaker field to the end of the line, then whole line) must not reorder
        by_spk = sorted(tables.get("utt2spk", []), key=lambda l: (l.split(" ", 1)[1].encode(), l.encode()))
        if by_spk != tables.get("utt2spk", []):
            problem(f"{split}/utt2spk: not sorted by speaker as well")
        for utt, spk in utt2spk:
            if not utt.startswith(spk):
                problem(f"{split}: utterance {utt} is not prefixed by its speaker {spk}")
        # utils/utt2spk_to_spk2utt.pl
        order, spk2utt = [], {}
        for utt, spk in utt2spk:
            if spk not in spk2utt:
                order.append(spk)
                spk2utt[spk] = []
            spk2utt[spk].append(utt)
        derived = [" ".join([spk] + spk2utt[spk]) for spk in order]
        if derived != tables.get("spk2utt", []):
            problem(f"{split}/spk2utt: differs from utt2spk_to_spk2utt.pl's output")
        utts = [u for u, _ in utt2spk]
        text_ids = [line.split(" ", 1)[0] for line in tables.get("text", [])]
        for line in tables.get("text", []):
            parts = line.split(" ", 1)
            if len(parts) < 2 or parts[1].strip() == "":
                problem(f"{split}/text: empty transcript for {parts[0]}")
            if "\r" in line or "\t" in line:
                problem(f"{split}/text: control characters in {parts[0]}")
        seg_ids = [line.split()[0] for line in tables.get("segments", [])]
        if text_ids != utts or seg_ids != utts:
            problem(f"{split}: text, segments and utt2spk do not hold the same utterances")
        recordings = {}
        for line in tables.get("wav.scp", []):
            rec, rel = line.split(" ", 1)
            path = os.path.join(root, rel)
            if not os.path.isfile(path):
                problem(f"{split}/wav.scp: {rec}: {rel} does not exist")
                continue
            ch, width, rate, frames = wav_info(path)
            recordings[rec] = frames / rate
        used = set()
        for line in tables.get("segments", []):
            f = line.split()
            if len(f) != 4:
                problem(f"{split}/segments: bad line for {f[0]}")
                continue
            utt, rec, start, end = f[0], f[1], float(f[2]), float(f[3])
            used.add(rec)
            if rec not in recordings:
                problem(f"{split}/segments: {utt}: recording {rec} not in wav.scp")
                continue
            if not (0 <= start < end <= recordings[rec] + 1e-6):
                problem(f"{split}/segments: {utt}: times outside its recording")
        if used != set(recordings):
            problem(f"{split}/wav.scp: recordings without segments")
        count += len(utts)
    return count


def read_jsonl(path):
    rows = []
    for i, line in enumerate(read_lines(path)):
        try:
            rows.append(json.loads(line))
        except ValueError:
            problem(f"{path}:{i + 1}: not JSON")
    return rows


def expect(row, where, fields):
    for name, kind in fields.items():
        if name not in row:
            problem(f"{where}: missing {name}")
        elif not isinstance(row[name], kind) or isinstance(row[name], bool):
            problem(f"{where}: {name} has the wrong type")


def check_duration(where, path, duration):
    if not os.path.isfile(path):
        problem(f"{where}: audio {path} missing")
        return None
    ch, width, rate, frames = wav_info(path)
    if width != 2:
        problem(f"{where}: audio is not 16-bit PCM")
    if abs(frames / rate - duration) > 1e-6:
        problem(f"{where}: duration {duration} but the WAV lasts {frames / rate}")
    return ch, rate, frames


def check_nemo(root):
    count = 0
    for name in sorted(os.listdir(root)):
        if not name.endswith("_manifest.jsonl"):
            continue
        for i, row in enumerate(read_jsonl(os.path.join(root, name))):
            where = f"{name}:{i + 1}"
            expect(row, where, {"audio_filepath": str, "duration": (int, float), "text": str})
            if set(row) != {"audio_filepath", "duration", "text"}:
                problem(f"{where}: unexpected fields")
            check_duration(where, os.path.join(root, row["audio_filepath"]), row["duration"])
            count += 1
    return count


def check_hf(root):
    count = 0
    for split in sorted(os.listdir(root)):
        meta = os.path.join(root, split, "metadata.jsonl")
        if not os.path.isfile(meta):
            continue
        if split not in ("train", "dev", "test"):
            problem(f"{split}: not a split name audiofolder knows")
        wavs = {n for n in os.listdir(os.path.join(root, split)) if n.endswith(".wav")}
        names = []
        for i, row in enumerate(read_jsonl(meta)):
            where = f"{split}/metadata.jsonl:{i + 1}"
            expect(row, where, {"file_name": str, "transcription": str, "speaker_id": str, "duration": (int, float)})
            if "/" in row["file_name"]:
                problem(f"{where}: file_name must be relative to the metadata file's folder")
            names.append(row["file_name"])
            check_duration(where, os.path.join(root, split, row["file_name"]), row["duration"])
            count += 1
        if set(names) != wavs or len(names) != len(set(names)):
            problem(f"{split}: metadata.jsonl and the WAV files differ")
    return count


def check_lhotse(root):
    count = 0
    for name in sorted(os.listdir(root)):
        if not name.startswith("callredact_recordings_"):
            continue
        split = name[len("callredact_recordings_") : -len(".jsonl")]
        recs = {}
        for i, row in enumerate(read_jsonl(os.path.join(root, name))):
            where = f"{name}:{i + 1}"
            expect(
                row,
                where,
                {"id": str, "sources": list, "sampling_rate": int, "num_samples": int, "duration": (int, float), "channel_ids": list},
            )
            src = row["sources"][0]
            if src.get("type") != "file" or not isinstance(src.get("source"), str) or src.get("channels") != row["channel_ids"]:
                problem(f"{where}: bad source")
            info = check_duration(where, os.path.join(root, src["source"]), row["duration"])
            if info and (info[1] != row["sampling_rate"] or info[2] != row["num_samples"] or info[0] != len(row["channel_ids"])):
                problem(f"{where}: sampling_rate, num_samples or channels differ from the WAV")
            if abs(row["num_samples"] / row["sampling_rate"] - row["duration"]) > 1e-6:
                problem(f"{where}: duration is not num_samples / sampling_rate")
            recs[row["id"]] = row
        sups = read_jsonl(os.path.join(root, f"callredact_supervisions_{split}.jsonl"))
        for i, row in enumerate(sups):
            where = f"supervisions_{split}:{i + 1}"
            expect(row, where, {"id": str, "recording_id": str, "start": (int, float), "duration": (int, float), "text": str, "speaker": str})
            rec = recs.get(row["recording_id"])
            if rec is None:
                problem(f"{where}: unknown recording")
            elif not (0 <= row["start"] and row["start"] + row["duration"] <= rec["duration"] + 1e-6):
                problem(f"{where}: outside its recording")
            count += 1
        if len(sups) != len(recs):
            problem(f"{split}: recordings and supervisions differ in number")
    return count


if __name__ == "__main__":
    fmt, root = sys.argv[1], sys.argv[2]
    n = {"kaldi": check_kaldi, "nemo": check_nemo, "hf": check_hf, "lhotse": check_lhotse}[fmt](root)
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print(f"ok {n}")
