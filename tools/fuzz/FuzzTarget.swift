// libFuzzer target for Atalaya: the document readers, the tokenizer and segmenter and the whole
// coder in both languages, with every output format. Built by tools/fuzz.sh, not by SwiftPM.
//
// The first byte of an input picks the mode (byte % 4): 0 Spanish text, 1 English text,
// 2 Spanish JSONL, 3 English JSONL ('0'...'3' in the seed corpus), and (bits 2-3) the
// reader's chunk size, 64 to 512 bytes, so lines cross chunk boundaries; the rest is the file.
// The readers are called below `DocumentReader.read(path:)`, which reads in 1 MiB chunks:
// zero-filling 1 MiB per input made runs ten times slower.
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The two coders, loaded once: the lexicon is immutable, so one load serves every input.
let fuzzCoders: [Coder] = ["es", "en"].map { language in
    do { return Coder(lexicon: try Lexicon.load(language: language)) } catch {
        fatalError("fuzz: cannot load the \(language) lexicon (set ATALAYA_RESOURCES): \(error)")
    }
}
let fuzzDay = Day(parsing: "2023-09-13")!

/// Loads both lexicons before the first input, so their two seconds are not counted as a slow unit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>) -> CInt {
    precondition(fuzzCoders.count == 2)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    // A pipe holds 64 KiB without a reader; runs use -max_len 4096.
    let body = Array(UnsafeBufferPointer(start: data + 1, count: min(size - 1, 60_000)))
    let mode = Int(data[0] % 4)
    let coder = fuzzCoders[mode % 2]

    // The tokenizer on raw bytes (its public entry point takes any bytes, not only UTF-8).
    let (tokens, folded) = Tokenizer(abbreviations: coder.lexicon.abbreviations).tokenize(body)
    for t in tokens {
        precondition(t.start <= t.end && Int(t.end) <= body.count, "token outside the input")
        precondition(t.foldStart <= t.foldEnd && Int(t.foldEnd) <= folded.count, "folded form outside the buffer")
    }

    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { fatalError("fuzz: pipe failed") }
    var written = 0
    while written < body.count {
        let n = body.withUnsafeBytes { write(fds[1], $0.baseAddress! + written, body.count - written) }
        guard n > 0 else { fatalError("fuzz: write to pipe failed") }
        written += n
    }
    close(fds[1])
    defer { close(fds[0]) }
    var lines = LineReader(fd: fds[0], chunk: 64 << Int((data[0] >> 2) & 3))
    let reader = DocumentReader(defaultDate: fuzzDay)
    if mode < 2 {
        reader.readText(&lines, name: "fuzz.txt", each: { check(coded: $0, by: coder) }, problem: { _ in })
    } else {
        reader.readJSONL(&lines, name: "fuzz.jsonl", each: { check(coded: $0, by: coder) }, problem: { _ in })
    }
    return 0
}

/// Codes one document, writes it in every format and checks what must always hold.
func check(coded input: Document, by coder: Coder) {
    var doc = input
    coder.code(&doc)
    let n = doc.bytes.count
    for t in doc.tokens { precondition(t.start <= t.end && Int(t.end) <= n, "token outside the text") }
    for s in doc.sentences {
        precondition(s.start <= s.end && Int(s.end) <= n, "sentence outside the text")
        precondition(s.tokens.lowerBound >= 0 && s.tokens.upperBound <= doc.tokens.count, "sentence tokens out of range")
    }
    for e in doc.events {
        precondition(e.evidence.lowerBound >= 0 && e.evidence.upperBound <= doc.tokens.count, "event evidence out of range")
    }
    var out = [UInt8]()
    for format in OutputFormat.allCases {
        out.removeAll(keepingCapacity: true)
        format.write(doc, lexicon: coder.lexicon, quotes: true, into: &out)
        precondition(String(validating: out, as: UTF8.self) != nil, "\(format) output is not UTF-8")
    }
}
