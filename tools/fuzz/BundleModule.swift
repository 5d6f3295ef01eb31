// The fuzz build compiles the Atalaya sources with swiftc, without SwiftPM, so it supplies
// the `Bundle.module` SwiftPM would generate: the folder that holds `Resources`, taken from
// ATALAYA_RESOURCES (the Resources folder itself). The package's own build is unchanged.
import Foundation

extension Foundation.Bundle {
    static let module: Bundle = {
        guard let resources = ProcessInfo.processInfo.environment["ATALAYA_RESOURCES"],
              let bundle = Bundle(path: URL(fileURLWithPath: resources).deletingLastPathComponent().path) else {
            fatalError("fuzz: set ATALAYA_RESOURCES to Sources/Atalaya/Resources")
        }
        return bundle
    }()
}
