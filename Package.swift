// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Atalaya",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Atalaya", targets: ["Atalaya"]),
        .executable(name: "atalaya", targets: ["AtalayaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "Atalaya",
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "AtalayaCLI",
            dependencies: [
                "Atalaya",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AtalayaTests",
            dependencies: ["Atalaya"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
