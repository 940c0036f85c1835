import Foundation
import TerminalCore
import TerminalNCurses
import WorkbenchJobs
import WorkbenchStore
import WorkbenchUI

#if canImport(Glibc)
import Glibc
#endif

/// Runs the full-screen workbench on the real terminal through ncurses.
enum TerminalWorkbench {
    /// True when both standard input and output are terminals, so a full screen makes sense.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Opens the workbench on `workbench` and returns when the user quits.
    @MainActor
    static func run(_ workbench: Workbench, mouse: Bool, noColor: Bool) throws {
        let theme = Theme.select(noColorEnvironment: ProcessInfo.processInfo.environment["NO_COLOR"], noColorFlag: noColor)
        let terminal = try NCursesTerminal(options: NCursesTerminal.Options(
            mouse: mouse, colorMode: theme.name == "mono" ? .monochrome : .palette256))
        let options = WorkbenchApp.Options(
            theme: theme,
            demo: { workbench in DemoLoader.describe(try DemoCommand.load(into: workbench)) },
            catalog: { try CatalogLocator.load() },
            benchPorts: { try BenchCommand.ports(runners: []) })
        let app = WorkbenchApp(workbench: workbench, options: options)
        var loop = EventLoop(terminal: terminal, tickMilliseconds: 100)
        // The loop is spelled out rather than `EventLoop.run` so a Ctrl-Z request reaches the
        // terminal between events; frames are still drawn only when something changed.
        var dirty = true
        while !app.isFinished {
            if dirty {
                loop.drawFrame(app)
                dirty = false
            }
            let event = terminal.nextEvent(timeoutMilliseconds: loop.tickMilliseconds)
            if case .resize = event { dirty = true }
            if app.handle(event) { dirty = true }
            if app.suspendRequested {
                app.suspendRequested = false
                terminal.suspend()
                dirty = true
            }
        }
        terminal.shutdown()
    }
}
