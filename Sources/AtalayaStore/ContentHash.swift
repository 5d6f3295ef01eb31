/// A 128-bit fingerprint of a text (two FNV-1a passes with different seeds), for recognising a
/// document already stored when it has no id. Not cryptographic: documents are not adversaries.
///
/// ```swift
/// ContentHash.of("Hola")  // "8e0b…" (32 hex digits)
/// ```
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var text = text
        // A native string's bytes are contiguous: hashing them through a pointer is several times
        // faster than through its `utf8` view, which checks each index (the hash runs per document).
        return text.withUTF8 { bytes in
            var a: UInt64 = 0xcbf2_9ce4_8422_2325
            var b: UInt64 = 0x8422_2325_cbf2_9ce4
            for c in bytes {
                a = (a ^ UInt64(c)) &* 0x100_0000_01b3
                b = (b ^ UInt64(c)) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9
            }
            return hex(a, b)
        }
    }

    /// The two halves as 32 lower-case hex digits, most significant first.
    static func hex(_ a: UInt64, _ b: UInt64) -> String {
        String(unsafeUninitializedCapacity: 32) { out in
            let digits: StaticString = "0123456789abcdef"
            for i in 0..<16 {
                let shift = UInt64(60 - 4 * i)
                out[i] = digits.utf8Start[Int(a >> shift & 0xf)]
                out[16 + i] = digits.utf8Start[Int(b >> shift & 0xf)]
            }
            return 32
        }
    }
}
