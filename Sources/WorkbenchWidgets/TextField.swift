import TerminalCore

/// A single-line text input with readline editing keys.
///
/// Keys: printable characters insert; Left/Right, Ctrl-B/Ctrl-F move by character;
/// Home/End, Ctrl-A/Ctrl-E to the ends; Alt-B/Alt-F and Ctrl-Left/Right by word;
/// Backspace/Ctrl-H and Delete/Ctrl-D delete a character; Ctrl-W and Alt-Backspace the word
/// before the cursor, Alt-D the word after; Ctrl-K to the end; Ctrl-U to the start.
/// The text is stored as grapheme clusters, so wide characters and emoji edit as one unit.
public struct TextField: Hashable, Sendable {
    /// What a key did.
    public enum Outcome: Hashable, Sendable {
        /// Not an editing key (Enter, Esc, Tab, …); the caller decides.
        case ignored
        /// The text changed.
        case edited
        /// Only the cursor moved (or an edit key had nothing to do).
        case moved
    }

    /// The characters of the text.
    public private(set) var characters: [Character]
    /// The cursor position, 0…`characters.count`.
    public private(set) var cursor: Int
    /// The most characters accepted (nil for no limit).
    public var maxLength: Int?
    /// Text shown dimmed while the field is empty.
    public var placeholder: String

    /// A field holding `text` with the cursor at its end.
    public init(_ text: String = "", placeholder: String = "", maxLength: Int? = nil) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.placeholder = placeholder
        self.maxLength = maxLength
    }

    /// The text.
    public var text: String { String(characters) }

    /// Replaces the text, cursor at the end.
    public mutating func setText(_ newText: String) {
        characters = Array(newText)
        if let maxLength, characters.count > maxLength { characters = Array(characters.prefix(maxLength)) }
        cursor = characters.count
    }

    /// Applies an editing key.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .char(let c):
            return insert(c)
        case .left, .ctrl("b"): return moveCursor(to: cursor - 1)
        case .right, .ctrl("f"): return moveCursor(to: cursor + 1)
        case .home, .ctrl("a"): return moveCursor(to: 0)
        case .end, .ctrl("e"): return moveCursor(to: characters.count)
        case .alt("b"), .ctrlLeft: return moveCursor(to: wordStart(before: cursor))
        case .alt("f"), .ctrlRight: return moveCursor(to: wordEnd(after: cursor))
        case .backspace, .ctrl("h"): return delete(cursor - 1..<cursor)
        case .delete, .ctrl("d"): return delete(cursor..<cursor + 1)
        case .ctrl("w"), .alt("\u{7F}"): return delete(wordStart(before: cursor)..<cursor)
        case .alt("d"): return delete(cursor..<wordEnd(after: cursor))
        case .ctrl("k"): return delete(cursor..<characters.count)
        case .ctrl("u"): return delete(0..<cursor)
        default: return .ignored
        }
    }

    private mutating func insert(_ character: Character) -> Outcome {
        // Control characters never enter the text; they would be escaped when drawn anyway.
        if let scalar = character.unicodeScalars.first, TerminalText.isUnsafe(scalar) { return .ignored }
        if let maxLength, characters.count >= maxLength { return .moved }
        characters.insert(character, at: cursor)
        cursor += 1
        return .edited
    }

    private mutating func moveCursor(to position: Int) -> Outcome {
        cursor = min(max(0, position), characters.count)
        return .moved
    }

    private mutating func delete(_ range: Range<Int>) -> Outcome {
        let lower = min(max(0, range.lowerBound), characters.count)
        let upper = min(max(lower, range.upperBound), characters.count)
        guard lower < upper else { return .moved }
        characters.removeSubrange(lower..<upper)
        cursor = lower
        return .edited
    }

    private func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_"
    }

    /// The start of the word before `position` (skipping separators first), as readline does.
    private func wordStart(before position: Int) -> Int {
        var index = min(position, characters.count)
        while index > 0 && !isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0 && isWordCharacter(characters[index - 1]) { index -= 1 }
        return index
    }

    /// The end of the word after `position` (skipping separators first).
    private func wordEnd(after position: Int) -> Int {
        var index = max(0, position)
        while index < characters.count && !isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count && isWordCharacter(characters[index]) { index += 1 }
        return index
    }
}
