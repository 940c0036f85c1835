import Testing
@testable import CUDAScan

@Suite("Glob patterns")
struct GlobPatternTests {
    @Test(arguments: [
        ("*.cu", "a.cu", true), ("*.cu", "dir/a.cu", false), ("**/*.cu", "dir/sub/a.cu", true), ("**/*.cu", "a.cu", true),
        ("third_party/**", "third_party/x/y.h", true), ("src/**/gen", "src/gen", true), ("src/**/gen", "src/a/b/gen", true),
        ("a?c", "abc", true), ("a?c", "a/c", false), ("[ab]x", "bx", true), ("[!ab]x", "bx", false), ("[a-c]*", "cat", true),
        ("\\*", "*", true), ("build", "build", true), ("build", "builds", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected)
    }

    @Test func excludeMatcherUsesNamesForSlashlessPatterns() {
        let matcher = ExcludeMatcher(["vendor", "docs/*.md", "./tmp/"])
        #expect(matcher.excludes("a/b/vendor"))
        #expect(matcher.excludes("docs/x.md"))
        #expect(!matcher.excludes("src/docs/x.md"))
        #expect(matcher.excludes("tmp"))
        #expect(!matcher.excludes("src/main.cu"))
    }
}
