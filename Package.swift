// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "TenderPack",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tenderpack", targets: ["tenderpack"]),
        .library(name: "TenderModel", targets: ["TenderModel"]),
        .library(name: "TenderLoading", targets: ["TenderLoading"]),
        .library(name: "TenderValidation", targets: ["TenderValidation"]),
        .library(name: "TenderDocument", targets: ["TenderDocument"]),
        // Declaring a specification in Swift (result builders), and the library entry points
        // that validate, build and diff declared or loaded specifications.
        .library(name: "TenderDeclaration", targets: ["TenderDeclaration"]),
        .library(name: "TenderPackKit", targets: ["TenderPackKit"]),
        // The libFuzzer target for the loader and the rules (Tests/Fuzz/run.sh); built
        // normally it replays the files it is given.
        .executable(name: "tenderpack-fuzz", targets: ["TenderFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // ZIP containers of the ODT and DOCX files (entries stored, fixed dates and order).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // `swift package generate-documentation --target TenderPackKit` (and TenderDeclaration):
        // the DocC archives of the library products, built in CI.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", exact: "1.5.0"),
        // Runs git for `diff REV:path`, `check --base` and `approve` (Sources/TenderCLI/Git.swift).
        .package(url: "https://github.com/swiftlang/swift-subprocess", exact: "1.0.2"),
        // SHA-256 for each pack's manifest.json and `tenderpack verify`.
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        // Value types of a specification: no I/O, no YAML, no C.
        .target(name: "TenderModel", swiftSettings: swiftSettings),
        // YAML node tree -> model, every value keeping file:line:column.
        .target(
            name: "TenderLoading",
            dependencies: ["TenderModel", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // The rule catalogue: one rule per file, each with a permanent id and examples.
        .target(
            name: "TenderValidation",
            dependencies: ["TenderModel", "TenderLoading"],
            swiftSettings: swiftSettings
        ),
        // Result builders that declare a whole specification in Swift, each value located at
        // its Swift line; and the model -> Swift writer behind `convert --to swift`.
        .target(
            name: "TenderDeclaration",
            dependencies: ["TenderModel", "TenderLoading"],
            swiftSettings: swiftSettings
        ),
        // libxml2 behind one wall: the only importer of the C API.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "XMLKit", dependencies: ["CLibXML2"], swiftSettings: swiftSettings),
        // Model -> an OCDS 1.1.5 release package (JSON written in a fixed order), for the pack
        // and for diff --format ocds.
        .target(name: "TenderOpenData", dependencies: ["TenderModel"], swiftSettings: swiftSettings),
        // Model -> one format-neutral document tree per page (sections numbered once,
        // paragraphs, lists, clauses, tables, figures, illustrative marks); every writer
        // (HTML, ODT, DOCX) writes from it.
        .target(name: "TenderDocument", dependencies: ["TenderModel"], swiftSettings: swiftSettings),
        // The default templates: every file under Templates/, embedded in the binary
        // at build time (the EmbedTemplates plugin runs embed-templates.sh), so a
        // copied binary needs nothing beside it.
        .plugin(name: "EmbedTemplates", capability: .buildTool(), exclude: ["embed-templates.sh"]),
        .target(name: "TenderTemplates", exclude: ["Templates"], swiftSettings: swiftSettings, plugins: ["EmbedTemplates"]),
        // Model -> XML and HTML trees (through XMLKit) -> the tender pack under Output/.
        .target(
            name: "TenderRendering",
            dependencies: ["TenderModel", "TenderDocument", "XMLKit", "TenderOpenData", "TenderTemplates", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // Deterministic synthetic specifications at any scale, for load tests and benchmarks.
        .target(
            name: "TenderSynth",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // Two models -> sorted, classified changes -> text, JSON, redline and clarification notice.
        .target(
            name: "TenderDiff",
            dependencies: ["TenderModel", "TenderLoading", "XMLKit", "TenderOpenData"],
            swiftSettings: swiftSettings
        ),
        // Library entry points: validate, build a pack, diff; the same findings and changes as
        // the command line, as values.
        .target(
            name: "TenderPackKit",
            dependencies: [
                "TenderModel", "TenderLoading", "TenderValidation", "TenderRendering", "TenderDiff", "TenderDeclaration",
            ],
            swiftSettings: swiftSettings
        ),
        // The seed specifications declared in Swift, and every spec in Specs/ as `convert --to
        // swift` writes it, so the compiler checks them in the normal build.
        .target(
            name: "SeedSpecifications",
            dependencies: ["TenderDeclaration"],
            path: "Examples/SeedSpecifications",
            swiftSettings: swiftSettings
        ),
        // Thin command line: parse, call, report.
        .target(
            name: "TenderCLI",
            dependencies: [
                "TenderModel", "TenderLoading", "TenderValidation", "XMLKit", "TenderRendering", "TenderSynth", "TenderDiff",
                "TenderOpenData", "TenderDeclaration", "TenderTemplates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "tenderpack", dependencies: ["TenderCLI"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "TenderFuzz",
            dependencies: ["TenderLoading", "TenderValidation", "TenderDiff"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TenderPackTests",
            dependencies: [
                "TenderModel", "TenderLoading", "TenderValidation", "TenderCLI", "XMLKit", "TenderRendering",
                "TenderDiff", "TenderOpenData", "TenderDocument", "TenderTemplates",
                "TenderDeclaration", "TenderPackKit", "SeedSpecifications",
            ],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
    ]
)
