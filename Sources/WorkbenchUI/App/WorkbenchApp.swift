import CUDAScan
import KernelBench
import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// The full-screen workbench: navigation stack, screens, overlays and the link to the
/// store. It renders into a canvas and reacts to events, so a `MemoryTerminal` drives it
/// in tests exactly as ncurses does in a terminal.
@MainActor
public final class WorkbenchApp: TerminalApplication {
    /// How the app looks and behaves.
    public struct Options: Sendable {
        /// Colours, attributes and glyphs.
        public var theme: Theme
        /// Below this size the app shows "terminal too small".
        public var minimumSize: Size
        /// Seconds between checks for changes made by other processes.
        public var pollInterval: Double
        /// Loads the demo into the workspace for `d` on the welcome screen and returns what
        /// it added, in words (nil: no demo offered).
        public var demo: (@Sendable (Workbench) throws -> String)?
        /// Loads the catalog for the catalog screen and for scans (nil: neither is offered).
        public var catalog: (@Sendable () throws -> Catalog)?
        /// The benchmark ports for `r` (nil: the suite cannot be run from the workbench).
        public var benchPorts: (@Sendable () throws -> [any BenchPort])?
        /// Whether submitted scan and benchmark forms start their work (off where input is
        /// random, so a test never scans whatever directory a random path names).
        public var startsJobs = true

        /// Options with the given theme and services.
        public init(
            theme: Theme = .mono, minimumSize: Size = Size(width: 60, height: 16), pollInterval: Double = 1,
            demo: (@Sendable (Workbench) throws -> String)? = nil,
            catalog: (@Sendable () throws -> Catalog)? = nil,
            benchPorts: (@Sendable () throws -> [any BenchPort])? = nil
        ) {
            self.theme = theme
            self.minimumSize = minimumSize
            self.pollInterval = pollInterval
            self.demo = demo
            self.catalog = catalog
            self.benchPorts = benchPorts
        }
    }

    /// The open workspace.
    public let workbench: Workbench
    /// The options in effect.
    public let options: Options
    /// Time for toasts and polling.
    let clock: SecondsClock
    /// Every binding, as data.
    let keymap = AppKeymap.keymap

    /// Screens from the root to the current one.
    public private(set) var stack: [ScreenID] = [.portfolio]
    var snapshot = WorkspaceSnapshot.empty
    var portfolio = PortfolioView()
    var attempts = AttemptsView()
    var interventions = InterventionsView()
    var detail: AttemptDetailView?
    var scans = ScanView()
    var finding: FindingView?
    var benchmarks = BenchmarksView()
    var catalog = CatalogView()
    /// The scan or benchmark run going on in the background, if any.
    var job: BackgroundJob?
    /// The last path scanned from the workbench, the scan form's default.
    var lastScanPath: String?
    var interventionsLoaded = false
    var scansLoaded = false
    var benchmarksLoaded = false
    var overlay: Overlay?
    var toasts = ToastCenter()
    var flash: String?
    /// The engineer last logged in this session, the add form's default.
    var lastEngineer: String?
    var knownDataVersion: Int?
    var lastPoll: Double
    var filterHistory: [String] = []
    var commandHistory: [String] = []
    /// The size of the last frame, for mouse hit-testing and the too-small check.
    var size = Size(width: 80, height: 24)
    var finished = false
    /// Set by Ctrl-Z; the run loop hands the terminal back to the shell and clears it.
    public var suspendRequested = false

    /// Opens the workbench on `workbench`, loading everything the first screen needs.
    public init(workbench: Workbench, options: Options = Options(), clock: SecondsClock = .monotonic()) {
        self.workbench = workbench
        self.options = options
        self.clock = clock
        self.lastPoll = clock.now()
        reload()
    }

    /// Findings in the scan the scan screen shows (0 when none), for benchmarks.
    public var scanFindingCount: Int { Int(scans.current?.scan.findingCount ?? 0) }

    /// True while the scan screen groups a large scan in the background, for benchmarks.
    public var isGroupingScan: Bool { scans.isGrouping }

    /// True once the user quit.
    public var isFinished: Bool { finished }

    /// The screen shown.
    public var currentScreen: ScreenID { stack.last ?? .portfolio }

    /// The context every screen draws with.
    var context: ViewContext { ViewContext(theme: options.theme, today: workbench.clock.today) }

    /// Re-reads the store for every screen that has been shown; errors become toasts.
    func reload() {
        do {
            snapshot = try WorkspaceSnapshot.load(from: workbench)
            portfolio.reload(snapshot)
            attempts.reload(snapshot)
            // The whole log can run to 100,000 rows: read it only while it is on screen,
            // and mark it stale otherwise so the next visit reads it afresh.
            if currentScreen == .interventions {
                interventions.reload(try workbench.interventions())
                interventionsLoaded = true
            } else {
                interventionsLoaded = false
            }
            // Scans and sessions are read on their screens only, like the log.
            scansLoaded = false
            benchmarksLoaded = false
            loadScreenDataIfStale()
            if let id = detail?.attemptID {
                if snapshot.attempt(id) != nil {
                    detail?.reload(try AttemptDetailData.load(id, from: workbench))
                } else {
                    // Deleted elsewhere: leave its screen rather than show stale figures.
                    detail = nil
                    stack.removeAll { $0 == .attemptDetail(id) }
                    if stack.isEmpty { stack = [.attempts] }
                }
            }
            if snapshot.isEmpty && stack == [.portfolio] { stack = [.welcome] }
            if !snapshot.isEmpty && stack.first == .welcome { stack = [.portfolio] }
            knownDataVersion = try workbench.dataVersion()
        } catch {
            report(error)
        }
    }

    /// Reloads when another process has committed since the last look; returns whether it did.
    @discardableResult
    public func checkForExternalChanges() -> Bool {
        do {
            let version = try workbench.dataVersion()
            guard version != knownDataVersion else { return false }
            reload()
            flash = "updated by another process"
            return true
        } catch {
            report(error)
            return true
        }
    }

    /// Shows a store (or any) error as a toast; the app never stops on one.
    func report(_ error: any Error) {
        toasts.post(String(describing: error), kind: .error, now: clock.now())
    }

    /// Shows an informational toast.
    func announce(_ message: String) {
        toasts.post(message, now: clock.now())
    }

    /// Shows `screen`, on top of the current one or (for top-level screens) as the new root.
    func go(to screen: ScreenID, push: Bool) {
        if case .attemptDetail(let id) = screen, !loadDetail(id) { return }
        if case .finding(let id) = screen {
            let view = FindingView(findingID: id, target: scans.target, workbench: workbench)
            if let error = view.loadError {
                toasts.post(error, kind: .error, now: clock.now())
                return
            }
            finding = view
        }
        if push { stack.append(screen) } else { stack = [screen] }
        loadScreenDataIfStale()
    }

    /// Reads what the current screen shows when it has changed since it was read: the log,
    /// the scans, the benchmark sessions, the catalog (once).
    func loadScreenDataIfStale() {
        switch currentScreen {
        case .interventions where !interventionsLoaded:
            do {
                interventions.reload(try workbench.interventions())
                interventionsLoaded = true
            } catch {
                report(error)
            }
        case .scan where !scansLoaded:
            scans.reload(from: workbench)
            scansLoaded = true
        case .benchmarks where !benchmarksLoaded:
            benchmarks.reload(from: workbench)
            benchmarksLoaded = true
        case .catalog:
            catalog.load(options.catalog)
        default:
            break
        }
    }

    /// Leaves the current screen; returns false at the root.
    @discardableResult
    func goBack() -> Bool {
        guard stack.count > 1 else { return false }
        stack.removeLast()
        if case .attemptDetail(let id) = currentScreen, detail?.attemptID != id, !loadDetail(id) { stack.removeLast() }
        loadScreenDataIfStale()
        return true
    }

    /// Reads attempt `id` into the detail screen; false (with a toast) when it cannot.
    private func loadDetail(_ id: Int64) -> Bool {
        guard snapshot.attempt(id) != nil else {
            toasts.post("no attempt \(id) in this workspace", kind: .error, now: clock.now())
            return false
        }
        var view = AttemptDetailView(attemptID: id)
        do {
            view.reload(try AttemptDetailData.load(id, from: workbench))
        } catch {
            report(error)
            return false
        }
        detail = view
        return true
    }
}
