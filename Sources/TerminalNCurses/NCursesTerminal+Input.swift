import CNcursesw
import Glibc
import TerminalCore

/// Reading input: `wget_wch` with a timeout, decoded into `InputEvent`s.
extension NCursesTerminal {
    /// The next event, or `.tick` when nothing arrives within `timeoutMilliseconds`.
    ///
    /// The read never blocks longer than the timeout, so the caller's loop can run
    /// background work and redraw between keys.
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        let window = nc_stdscr()
        wtimeout(window, Int32(max(0, timeoutMilliseconds)))
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        switch status {
        case KEY_CODE_YES:
            return decodeKeyCode(Int32(bitPattern: code))
        case OK:
            return decodeCharacter(code, window: window)
        default:
            return .tick
        }
    }

    private func decodeCharacter(_ code: wint_t, window: UnsafeMutablePointer<WINDOW>?) -> InputEvent {
        switch code {
        case 27:
            // Alt-x arrives as Esc then x; a lone Esc has nothing queued behind it.
            wtimeout(window, 0)
            var next: wint_t = 0
            let status = wget_wch(window, &next)
            if status == OK, let key = NCursesTerminal.altKey(for: next) { return .key(key) }
            if status == KEY_CODE_YES { return decodeKeyCode(Int32(bitPattern: next)) }
            return .key(.escape)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 1...26:
            let letter = Character(Unicode.Scalar(UInt8(96 + code)))
            return .key(.ctrl(letter))
        case 0, 28...31:
            return .tick
        default:
            guard let scalar = Unicode.Scalar(code) else { return .tick }
            return .key(.char(Character(scalar)))
        }
    }

    private static func altKey(for code: wint_t) -> Key? {
        guard code >= 32, code != 127, let scalar = Unicode.Scalar(code) else { return nil }
        return .alt(Character(scalar))
    }

    private func decodeKeyCode(_ code: Int32) -> InputEvent {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_RESIZE:
            needsFullRedraw = true
            return .resize(size)
        case KEY_MOUSE:
            return readMouse()
        default:
            if code == keyCodeCtrlLeft { return .key(.ctrlLeft) }
            if code == keyCodeCtrlRight { return .key(.ctrlRight) }
            for n in 1...24 where code == nc_key_f(Int32(n)) { return .key(.function(n)) }
            return .tick
        }
    }

    private func readMouse() -> InputEvent {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .tick }
        let position = Point(x: Int(event.x), y: Int(event.y))
        let state = event.bstate
        let kinds: [(mmask_t, MouseEvent.Kind)] = [
            (nc_button_pressed(4), .wheelUp),
            (nc_button_pressed(5), .wheelDown),
            (nc_button_pressed(1), .press(.left)),
            (nc_button_released(1), .release(.left)),
            (nc_button_clicked(1), .press(.left)),
            (nc_button_pressed(2), .press(.middle)),
            (nc_button_released(2), .release(.middle)),
            (nc_button_pressed(3), .press(.right)),
            (nc_button_released(3), .release(.right)),
        ]
        for (mask, kind) in kinds where mask != 0 && state & mask != 0 {
            return .mouse(MouseEvent(kind, at: position))
        }
        return .tick
    }
}
