// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Drawbridge",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "drawbridge", targets: ["drawbridge"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "TerminalCore"),
        .target(name: "TerminalNCurses", dependencies: ["TerminalCore", "CNcursesw"]),
        .target(name: "WorkbenchWidgets", dependencies: ["TerminalCore"]),
        .target(name: "CUDAScan"),
        .target(
            name: "CKernels",
            cSettings: [
                // The kernels are the reference port: they are optimised even in a debug build,
                // or every comparison against them would measure the build mode.
                .unsafeFlags(["-O3", "-fno-math-errno"]),
            ],
            linkerSettings: [.linkedLibrary("pthread"), .linkedLibrary("dl"), .linkedLibrary("m")]
        ),
        .target(name: "KernelBench", dependencies: ["CKernels"]),
        .target(
            name: "WorkbenchStore",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "WorkbenchPostgres",
            dependencies: [
                "WorkbenchStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "WorkbenchJobs", dependencies: ["WorkbenchStore", "CUDAScan", "KernelBench"]),
        .target(name: "WorkbenchReports", dependencies: ["WorkbenchStore"]),
        .target(
            name: "WorkbenchUI",
            dependencies: [
                "WorkbenchStore", "TerminalCore", "WorkbenchWidgets", "WorkbenchJobs", "WorkbenchReports", "CUDAScan", "KernelBench",
            ]
        ),
        .target(
            name: "DrawbridgeCLI",
            dependencies: [
                "WorkbenchStore",
                "WorkbenchPostgres",
                "TerminalCore",
                "CUDAScan",
                "KernelBench",
                "WorkbenchJobs",
                "TerminalNCurses",
                "WorkbenchUI",
                "WorkbenchReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "drawbridge", dependencies: ["DrawbridgeCLI"]),
        .executableTarget(
            name: "workbench-benchmarks",
            dependencies: [
                "WorkbenchStore", "WorkbenchPostgres", "WorkbenchUI", "WorkbenchReports", "TerminalCore", "CUDAScan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The lexer fuzz target: a time-bounded random fuzzer in a plain build, libFuzzer's target when
        // Scripts/fuzz-lexers.sh builds it with -sanitize=fuzzer.
        .executableTarget(name: "lexer-fuzz", dependencies: ["CUDAScan"]),
        .testTarget(name: "CUDAScanTests", dependencies: ["CUDAScan"]),
        .testTarget(name: "KernelBenchTests", dependencies: ["KernelBench", "CKernels"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore"]),
        .testTarget(name: "WorkbenchWidgetsTests", dependencies: ["WorkbenchWidgets", "TerminalCore"]),
        .testTarget(
            name: "WorkbenchStoreTests",
            dependencies: ["WorkbenchStore", "WorkbenchPostgres", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "WorkbenchPostgresTests", dependencies: ["WorkbenchPostgres", "WorkbenchStore"]),
        .testTarget(name: "WorkbenchReportsTests", dependencies: ["WorkbenchReports", "WorkbenchStore"]),
        .testTarget(
            name: "WorkbenchUITests",
            dependencies: ["WorkbenchUI", "WorkbenchStore", "WorkbenchWidgets", "TerminalCore", "CUDAScan", "KernelBench", "WorkbenchJobs"]
        ),
        .testTarget(name: "DrawbridgeCLITests", dependencies: ["DrawbridgeCLI", "WorkbenchStore", "TerminalCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["drawbridge"]),
    ],
    swiftLanguageModes: [.v6]
)
