import TerminalCore

/// Drawing a form: a bordered box, one row per field with its message, and a hint line.
extension Form {
    /// The size the form would like: wide enough for labels, inputs and short messages.
    public func preferredSize(maxWidth: Int = 72) -> Size {
        let labelWidth = fields.map { TextWidth.of($0.label) }.max() ?? 0
        return Size(width: min(maxWidth, labelWidth + 52), height: fields.count + 5)
    }

    /// Draws the form into `rect` and returns the cursor position of the focused text field
    /// (nil when a choice field or the discard prompt has focus).
    @discardableResult
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) -> Point? {
        guard !rect.isEmpty else { return nil }
        canvas.fill(rect, style: theme[.text])
        let inner = canvas.drawBox(rect, glyphs: theme.glyphs, style: theme[.borderFocused], title: title, titleStyle: theme[.title])
        let body = inner.inset(left: 1, right: 1)
        guard !body.isEmpty else { return nil }
        let labelWidth = min(fields.map { TextWidth.of($0.label) }.max() ?? 0, max(0, body.width / 3))
        let available = max(0, body.width - labelWidth - 1)
        let inputWidth = min(available, max(12, available * 3 / 5))
        var cursorPoint: Point?
        for (index, field) in fields.enumerated() {
            let line = body.row(index)
            guard !line.isEmpty else { break }
            let focused = index == focus && !isConfirmingDiscard
            let labelStyle = index == focus ? theme[.title] : theme[.text]
            canvas.draw(TextWidth.pad(TerminalText.sanitized(field.label), to: labelWidth, ellipsis: theme.glyphs.ellipsis),
                        at: Point(x: line.x, y: line.y), style: labelStyle, clip: line)
            let input = Rect(x: line.x + labelWidth + 1, y: line.y, width: inputWidth, height: 1).intersection(line)
            switch field.kind {
            case .text(let textField):
                let point = textField.render(into: &canvas, in: input, theme: theme, focused: focused)
                if focused { cursorPoint = point }
            case .choice(let options, let selected):
                let value = options.isEmpty ? "" : options[selected]
                let shown = "< " + value + " >"
                canvas.fill(input, style: theme[focused ? .inputFocused : .input])
                canvas.draw(shown, at: Point(x: input.x, y: input.y), style: theme[focused ? .inputFocused : .input], clip: input)
            }
            if let message = errors[field.id] {
                let messageArea = Rect(x: input.maxX + 1, y: line.y, width: line.maxX - input.maxX - 1, height: 1)
                canvas.drawLine(message, in: messageArea, style: theme[.error], ellipsis: theme.glyphs.ellipsis)
            }
        }
        let footer = inner.row(inner.height - 1).inset(left: 1, right: 1)
        if isConfirmingDiscard {
            canvas.drawLine("Discard changes? y discard · n keep editing", in: footer, style: theme[.warning], ellipsis: theme.glyphs.ellipsis)
        } else if inner.height > fields.count {
            canvas.drawLine("Enter save · Esc cancel · Tab next field", in: footer, style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        }
        return cursorPoint
    }
}
