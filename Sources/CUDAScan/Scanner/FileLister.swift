import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file chosen for scanning.
struct FileItem: Sendable {
    let relativePath: String
    let absolutePath: String
    /// The size at listing time, or -1 when the listing did not stat the file.
    let size: Int
    let language: Language
}

/// Lists the files under a root: through `git ls-files` in a work tree, else by walking the tree
/// (applying `.gitignore` files itself when the root is in a work tree), recording every skip with its reason.
struct FileLister {
    let root: String
    let options: ScanOptions
    let excludes: ExcludeMatcher
    /// Where files go as they are found, when a scan is reading them meanwhile.
    let feed: FileFeed?

    struct Listing {
        var files: [FileItem] = []
        var skipped: [SkippedFile] = []
        /// How many of `files` have gone to the feed.
        fileprivate var fed = 0
    }

    init(root: String, options: ScanOptions, feed: FileFeed? = nil) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.options = options
        self.excludes = ExcludeMatcher(options.excludes)
        self.feed = feed
    }

    /// Lists the tree; with a feed, files also go to it as they are found, and the feed is finished with the listing.
    func list() -> Listing {
        var listing = Listing()
        let inWorkTree = Self.isInsideWorkTree(root)
        if inWorkTree, !options.includeIgnored, options.useGit, let viaGit = listWithGit() {
            listing = viaGit
        } else {
            var rules = GitIgnoreRules()
            walk(relative: "", rules: &rules, honourIgnores: inWorkTree && !options.includeIgnored, listing: &listing)
        }
        feedFiles(&listing)
        feed?.finish(listing)
        return listing
    }

    /// Hands the files found since the last call to the feed.
    private func feedFiles(_ listing: inout Listing) {
        guard let feed, listing.fed < listing.files.count else { return }
        feed.add(listing.files[listing.fed...])
        listing.fed = listing.files.count
    }

    /// Whether `path` or one of its ancestors holds a `.git` entry.
    static func isInsideWorkTree(_ path: String) -> Bool {
        var dir = URL(fileURLWithPath: path).standardizedFileURL
        for _ in 0..<64 {
            var st = stat()
            if lstat(dir.appendingPathComponent(".git").path, &st) == 0 { return true }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return false }
            dir = parent
        }
        return false
    }

    private func listWithGit() -> Listing? {
        guard let git = Self.findExecutable("git") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = ["-C", root, "ls-files", "-co", "--exclude-standard", "-z"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        var listing = Listing()
        var seen = Set<String>()
        for chunk in data.split(separator: 0) {
            let relative = String(decoding: chunk, as: UTF8.self)
            guard seen.insert(relative).inserted else { continue }
            if isExcluded(relative) { continue }
            consider(relative: relative, name: relative.split(separator: "/").last.map(String.init) ?? relative,
                     listing: &listing, viaGit: true)
            if listing.files.count - listing.fed >= 256 { feedFiles(&listing) }
        }
        // git names directories it could not open on stderr; they are skips too.
        for line in String(decoding: errors, as: UTF8.self).split(separator: "\n") where line.contains("could not open directory") {
            if let open = line.firstIndex(of: "'"), let close = line.lastIndex(of: "'"), open < close {
                let path = String(line[line.index(after: open)..<close])
                listing.skipped.append(SkippedFile(path: path.hasSuffix("/") ? String(path.dropLast()) : path,
                                                   reason: "unreadable directory"))
            }
        }
        return listing
    }

    /// Whether the path or any of its parent directories matches an exclude glob.
    private func isExcluded(_ relative: String) -> Bool {
        var prefix = ""
        for component in relative.split(separator: "/") {
            prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
            if excludes.excludes(prefix) { return true }
        }
        return false
    }

    private func walk(relative: String, rules: inout GitIgnoreRules, honourIgnores: Bool, listing: inout Listing) {
        // Each directory's files go to the feed before the walk goes deeper, so workers start on them.
        feedFiles(&listing)
        if let feed, feed.isCancelled { return }
        let absolute = relative.isEmpty ? root : root + "/" + relative
        guard let dir = opendir(absolute) else {
            listing.skipped.append(SkippedFile(path: relative.isEmpty ? "." : relative,
                                               reason: "unreadable directory: \(String(cString: strerror(errno)))"))
            return
        }
        // d_type spares an lstat for plain files and directories (most of a tree); other types are checked in full.
        var names: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || name == ".git" { continue }
            names.append((name, entry.pointee.d_type))
        }
        closedir(dir)
        names.sort { $0.name < $1.name }
        let saved = rules
        if honourIgnores, names.contains(where: { $0.name == ".gitignore" }),
           let data = FileManager.default.contents(atPath: absolute + "/.gitignore") {
            rules.add(text: String(decoding: data, as: UTF8.self), base: relative)
        }
        for (name, type) in names {
            let child = relative.isEmpty ? name : relative + "/" + name
            if excludes.excludes(child) { continue }
            if type == UInt8(DT_REG) {
                if honourIgnores, rules.ignores(child, isDirectory: false) { continue }
                if let language = Language.detect(fileName: name) {
                    // The size is read when the file is opened; the reader enforces the size limit.
                    listing.files.append(FileItem(relativePath: child, absolutePath: root + "/" + child, size: -1, language: language))
                }
                continue
            }
            if type == UInt8(DT_DIR) {
                if honourIgnores, rules.ignores(child, isDirectory: true) { continue }
                walk(relative: child, rules: &rules, honourIgnores: honourIgnores, listing: &listing)
                continue
            }
            var st = stat()
            guard lstat(root + "/" + child, &st) == 0 else {
                listing.skipped.append(SkippedFile(path: child, reason: "unreadable: \(String(cString: strerror(errno)))"))
                continue
            }
            let isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
            if honourIgnores, rules.ignores(child, isDirectory: isDirectory) { continue }
            if isDirectory {
                walk(relative: child, rules: &rules, honourIgnores: honourIgnores, listing: &listing)
            } else {
                consider(relative: child, name: name, listing: &listing, viaGit: false)
            }
        }
        rules = saved
    }

    /// Adds a listed path as a file to scan, or records why it is skipped.
    private func consider(relative: String, name: String, listing: inout Listing, viaGit: Bool) {
        let absolute = root + "/" + relative
        var st = stat()
        guard lstat(absolute, &st) == 0 else {
            let reason = errno == ENOENT ? "missing from the work tree" : "unreadable: \(String(cString: strerror(errno)))"
            listing.skipped.append(SkippedFile(path: relative, reason: reason))
            return
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFLNK {
            var target = stat()
            if stat(absolute, &target) != 0 {
                listing.skipped.append(SkippedFile(path: relative, reason: errno == ELOOP ? "symlink loop" : "broken symlink"))
            } else if (target.st_mode & S_IFMT) == S_IFDIR {
                listing.skipped.append(SkippedFile(path: relative, reason: "symlink to a directory (not followed)"))
            } else if Language.detect(fileName: name) != nil {
                listing.skipped.append(SkippedFile(path: relative, reason: "symlink (not followed)"))
            }
            return
        }
        if type == S_IFDIR {
            if viaGit { listing.skipped.append(SkippedFile(path: relative, reason: "git submodule (not scanned)")) }
            return
        }
        guard let language = Language.detect(fileName: name) else { return }
        guard type == S_IFREG else {
            let kind = type == S_IFIFO ? "fifo" : type == S_IFSOCK ? "socket" : type == S_IFCHR ? "character device"
                : type == S_IFBLK ? "block device" : "special file"
            listing.skipped.append(SkippedFile(path: relative, reason: "not a regular file (\(kind))"))
            return
        }
        let size = Int(st.st_size)
        if size > options.maxFileSize {
            listing.skipped.append(SkippedFile(path: relative, reason: "too large (\(size) bytes > \(options.maxFileSize))"))
            return
        }
        listing.files.append(FileItem(relativePath: relative, absolutePath: absolute, size: size, language: language))
    }

    /// The path of an executable found on `PATH`, or nil.
    static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
