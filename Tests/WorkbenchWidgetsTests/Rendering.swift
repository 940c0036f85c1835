import TerminalCore
import WorkbenchWidgets

/// Renders into a fresh canvas of `width`×`height` and returns it, for golden comparisons.
func rendered(_ width: Int, _ height: Int, _ body: (inout Canvas, Rect) -> Void) -> Canvas {
    var canvas = Canvas(size: Size(width: width, height: height))
    body(&canvas, canvas.bounds)
    return canvas
}

/// The mono theme with Unicode glyphs: goldens carry meaning by attributes only.
let mono = Theme.mono

/// The global keymap the widget tests drive widgets through.
let keymap = Keymap.defaultGlobal()
