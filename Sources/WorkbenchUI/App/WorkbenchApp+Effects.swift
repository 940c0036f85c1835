import Foundation
import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// Carrying out what screens, forms and the command line ask for: the only place the app
/// writes to the store.
extension WorkbenchApp {
    /// Carries out a screen's request.
    func apply(_ effect: ViewEffect) {
        let today = workbench.clock.today
        switch effect {
        case .none:
            break
        case .open(let screen):
            go(to: screen, push: true)
        case .flash(let message):
            flash = message
        case .addIntervention(let attempt):
            // The engineer logged last in this session; else whoever logged last on the
            // attempt shown, or in the log when it has been read.
            let engineer = lastEngineer ?? detail?.data?.detail.interventions.last?.engineer ?? interventions.latestEngineer
            overlay = .form(.logIntervention, InterventionForm.add(attempt: attempt, engineer: engineer, today: today))
        case .editIntervention(let id):
            do {
                overlay = .form(.editIntervention(id), InterventionForm.edit(try workbench.intervention(id: id), today: today))
            } catch {
                report(error)
            }
        case .deleteIntervention(let id):
            do {
                let item = try workbench.intervention(id: id)
                let message = "Delete intervention \(id): \(item.date) \(item.engineer), \(Format.hours(item.hours)) "
                    + "\(item.kind.rawValue) on attempt \(item.attemptId), \"\(item.summary)\"?"
                overlay = .confirmDelete(id, ConfirmDialog(title: "Delete intervention \(id)", message: message,
                                                           confirmLabel: "Delete", cancelLabel: "Keep"))
            } catch {
                report(error)
            }
        case .changeStatus(let id):
            guard let attempt = snapshot.attempt(id) else { return }
            overlay = .form(.changeStatus(id), StatusForm.make(attempt: id, current: attempt.status))
        case .addTeam:
            overlay = .form(.addTeam, TeamForm.make())
        case .loadDemo:
            loadDemo()
        case .startScan:
            openScanForm()
        case .startBench:
            openBenchForm()
        }
    }

    /// Saves a submitted form; a store refusal keeps the form open with the reason on the
    /// field it concerns (or as a toast when it concerns none).
    func submit(_ purpose: Overlay.FormPurpose, values: [String: String], form: Form) {
        do {
            switch purpose {
            case .logIntervention:
                let saved = try workbench.logIntervention(try InterventionForm.draft(from: values))
                lastEngineer = saved.engineer
                announce("logged \(Format.hours(saved.hours)) of \(saved.kind.rawValue) on attempt \(saved.attemptId)")
            case .editIntervention(let id):
                let saved = try workbench.updateIntervention(id: id, with: try InterventionForm.draft(from: values))
                lastEngineer = saved.engineer
                announce("saved intervention \(id)")
            case .changeStatus(let id):
                let change = try StatusForm.change(from: values)
                try workbench.changeStatus(attempt: id, to: change.status, note: change.note)
                announce("attempt \(id) is now \(change.status.rawValue)")
            case .startScan:
                overlay = nil
                startScan(path: values["path"] ?? "", target: values["target"] ?? "ascend", attempt: JobForms.attempt(in: values))
                return
            case .startBench:
                overlay = nil
                startBench(values: values)
                return
            case .addTeam:
                let team = try workbench.addTeam(
                    name: TeamForm.value("name", in: values) ?? "", org: TeamForm.value("org", in: values),
                    lead: TeamForm.value("lead", in: values))
                announce("added team \(team.name)")
            }
            overlay = nil
            reload()
        } catch {
            var form = form
            if let field = Self.field(of: error), form.fields.contains(where: { $0.id == field.id }) {
                form.setError(field.message, for: field.id)
            } else {
                report(error)
            }
            overlay = .form(purpose, form)
        }
    }

    /// The form field a store error is about, and what to say next to it.
    static func field(of error: StoreError) -> (id: String, message: String)? {
        switch error {
        case .invalidValue(let field, _, let reason): return (formFieldID(field), reason)
        case .missingValue(let field, let reason): return (formFieldID(field), reason)
        case .notFound(let entity, _) where entity == "attempt": return ("attempt", "no such attempt")
        case .alreadyExists(let entity, _) where entity == "team": return ("name", "already exists")
        default: return nil
        }
    }

    private static func formFieldID(_ storeField: String) -> String {
        storeField == "team name" ? "name" : storeField
    }

    func deleteIntervention(_ id: Int64) {
        do {
            let deleted = try workbench.deleteIntervention(id: id)
            announce("deleted intervention \(id) (\(Format.hours(deleted.hours)), \(deleted.engineer))")
            reload()
        } catch {
            report(error)
        }
    }

    func loadDemo() {
        guard let demo = options.demo else {
            flash = "no demo workspace is available"
            return
        }
        do {
            announce(try demo(workbench))
            reload()
        } catch {
            report(error)
        }
    }

    /// Runs a `:` command.
    func run(command line: String) {
        do {
            switch try AppCommand.parse(line) {
            case .quit: requestQuit()
            case .help: perform(.help)
            case .scanPath(let path):
                if let path {
                    startScan(path: path, target: scans.target, attempt: nil)
                    go(to: .scan, push: false)
                } else {
                    go(to: .scan, push: false)
                }
            case .catalogSearch(let text):
                go(to: .catalog, push: false)
                catalog.setQuery(text)
            case .screen(let top): go(to: top.screen, push: false)
            case .attempt(let id): go(to: .attemptDetail(id), push: currentScreen != .welcome)
            }
        } catch {
            switch error {
            case .empty: break
            case .unknown(let word): flash = "unknown command :\(word) — \(AppCommand.usage)"
            case .badAttempt(let text): flash = "attempt needs an id, e.g. :attempt 3 (got '\(text)')"
            }
        }
    }
}
