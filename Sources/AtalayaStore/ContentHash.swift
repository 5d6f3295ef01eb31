/// A 128-bit fingerprint of a text (two FNV-1a passes with different seeds), for recognising a
/// document already stored when it has no id. Not cryptographic: documents are not adversaries.
///
/// ```swift
/// ContentHash.of("Hola")  // "8e0b…" (32 hex digits)
/// ```
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for c in text.utf8 {
            a = (a ^ UInt64(c)) &* 0x100_0000_01b3
            b = (b ^ UInt64(c)) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9
        }
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return hex(a) + hex(b)
    }
}
