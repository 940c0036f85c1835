import Foundation
import CUDAScan
import TerminalCore
import WorkbenchStore
@testable import WorkbenchUI

/// A workbench on a temporary workspace, driven through a `MemoryTerminal` with fixed
/// clocks: what a person would see and do, without a terminal.
@MainActor
final class ScreenHarness {
    /// The fixed instant of every test: 2026-11-21 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_262_400)

    let directory: URL
    let workbench: Workbench
    let terminal: MemoryTerminal
    private(set) var app: WorkbenchApp
    /// Seconds on the app's clock (toasts, polling); tests move it by hand.
    let seconds = SecondsBox()
    private var loop: EventLoop

    /// A harness of `size`, with the demo loaded when `demo` is true.
    init(size: Size = Size(width: 120, height: 40), demo: Bool = true, theme: Theme = .mono, startsJobs: Bool = true) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("drawbridge-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        workbench = try Workbench.open(
            WorkspaceLocation(explicit: directory.appendingPathComponent("workbench.sqlite").path),
            clock: .fixed(Self.now))
        if demo { try workbench.importDocument(try Self.demoDocument()) }
        terminal = MemoryTerminal(size: size)
        let box = seconds
        var options = WorkbenchApp.Options(
            theme: theme,
            demo: { workbench in
                let summary = try workbench.importDocument(try ScreenHarness.demoDocument())
                return summary.addedNothing ? "the demo is already loaded" : "demo loaded: \(summary.attemptsAdded) attempts"
            },
            catalog: { try ScreenHarness.catalog() })
        options.startsJobs = startsJobs
        app = WorkbenchApp(workbench: workbench, options: options, clock: SecondsClock { box.value })
        loop = EventLoop(terminal: terminal)
        loop.drawFrame(app)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Starts a fresh app on the same workspace (after the previous one quit).
    func restart() {
        let box = seconds
        app = WorkbenchApp(workbench: workbench, options: app.options, clock: SecondsClock { box.value })
        loop.drawFrame(app)
    }

    /// The repository root (the directory holding Package.swift).
    nonisolated static var repositoryRoot: URL { ScreenHarnessPaths.root }

    /// The shipped demo workspace.
    nonisolated static func demoDocument() throws(StoreError) -> WorkspaceDocument {
        try WorkspaceDocument.load(path: repositoryRoot.appendingPathComponent("Data/demo/workspace.json").path)
    }

    /// The shipped catalog, read once per test process.
    nonisolated static func catalog() throws -> Catalog {
        try Catalog.load(directories: [repositoryRoot.appendingPathComponent("Data/catalog")])
    }

    /// Plays an input script (`"j j enter"`, `"resize:80x24"`) and draws the result.
    func press(_ script: String) throws {
        try terminal.play(script)
        flush()
    }

    /// Types `text` character by character and draws the result.
    func type(_ text: String) {
        terminal.type(text: text)
        flush()
    }

    /// Delivers queued events (and `extra` more) and draws the last frame.
    func flush() {
        loop.run(app, maxEvents: terminal.pendingEvents.count)
        loop.drawFrame(app)
    }

    /// Sends one event straight to the app and draws.
    func send(_ event: InputEvent) {
        terminal.pendingEvents.append(event)
        flush()
    }

    /// The screen as text.
    var screen: String { terminal.text }
}

/// A mutable number the app's clock reads.
final class SecondsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = 0.0
    /// The current value.
    var value: Double {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
