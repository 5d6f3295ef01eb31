/// Text from the news made safe to print on a terminal: control characters (C0, DEL, C1) that
/// could move the cursor, change colours or send escape sequences are shown, not obeyed.
///
/// C0 controls and DEL become their Unicode control pictures (ESC → `␛`, a lone CR → `␍`),
/// C1 controls `<U+009B>`. Tab is kept; line feed (and a CR just before it) is kept unless
/// `keepNewlines` is false.
///
/// ```swift
/// TerminalText.visible("a\u{1B}[2Jb")  // "a␛[2Jb"
/// ```
public enum TerminalText {
    /// `s` with its control characters made visible; `s` itself when it has none (the usual case).
    public static func visible(_ s: String, keepNewlines: Bool = true) -> String {
        guard needsCleaning(s, keepNewlines: keepNewlines) else { return s }
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, u) in scalars.enumerated() {
            if isHarmless(u, next: i + 1 < scalars.count ? scalars[i + 1] : nil, keepNewlines) {
                out.append(u)
            } else if u.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + u.value)!)
            } else if u.value == 0x7F {
                out.append(Unicode.Scalar(0x2421)!)
            } else if u.value < 0xA0 {
                out.append(contentsOf: "<U+00\(String(u.value, radix: 16, uppercase: true))>".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    static func isHarmless(_ u: Unicode.Scalar, next: Unicode.Scalar?, _ keepNewlines: Bool) -> Bool {
        switch u.value {
        case 0x09: true
        case 0x0A: keepNewlines
        case 0x0D: keepNewlines && next == "\n"
        case 0x00..<0x20, 0x7F..<0xA0: false
        default: true
        }
    }

    /// A quick byte scan: C0 and DEL are single bytes, C1 controls are 0xC2 0x80...0x9F in UTF-8.
    static func needsCleaning(_ s: String, keepNewlines: Bool) -> Bool {
        var previous: UInt8 = 0
        for b in s.utf8 {
            if previous == 0x0D && (b != 0x0A || !keepNewlines) { return true }
            if b < 0x20 && b != 0x09 && b != 0x0D && (b != 0x0A || !keepNewlines) { return true }
            if b == 0x7F || previous == 0xC2 && b >= 0x80 && b < 0xA0 { return true }
            previous = b
        }
        return previous == 0x0D
    }
}
