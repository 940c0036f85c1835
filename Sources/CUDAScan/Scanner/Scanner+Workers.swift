import Foundation

extension Scanner {
    /// One file's findings, in source order.
    struct FileFindings: Sendable {
        var path: String
        var findings: [Finding]
        /// Whether any finding has an `import:` or `pip:` key (which the first-party check may drop).
        var hasPackageKeys = false
        /// Whether any candidate had a fallback family, so a finding may be uncatalogued (which the own-names check
        /// may drop).
        var mayHaveUncataloged = false
    }

    /// What the workers found, merged.
    struct Outcome: Sendable {
        var groups: [FileFindings] = []
        var ownNames: Set<String> = []
        var skipped: [SkippedFile] = []
        var files = 0
        var bytes = 0
    }

    /// Reads, lexes and resolves every file the feed hands out, on all cores, until it is finished and drained.
    func scanFiles(_ feed: FileFeed, progress: (@Sendable (ScanProgress) -> Void)?) -> Outcome {
        let shared = LockedValue(Outcome())
        let tally = LockedValue((files: 0, bytes: 0))
        let workerCount = max(1, options.workers > 0 ? options.workers : ProcessInfo.processInfo.activeProcessorCount)
        let resolver = FindingResolver(catalog: catalog, generation: options.generation, snippets: options.snippets)
        let lexers = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, $0.lexer(catalog: catalog, snippets: options.snippets)) })
        let maxSize = options.maxFileSize
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            var local = Outcome()
            local.ownNames.reserveCapacity(64)
            let cache = FindingResolver.Cache()
            let interner = SymbolInterner()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while let item = feed.next() {
                var readBytes = 0
                switch FileReader.load(item.absolutePath, into: &buffer, maxSize: maxSize) {
                case let .failure(failure):
                    local.skipped.append(SkippedFile(path: item.relativePath, reason: failure.reason))
                case let .success(count):
                    readBytes = count
                    let lexer = lexers[item.language] ?? item.language.lexer(catalog: catalog, snippets: options.snippets)
                    let result = buffer.withUnsafeBufferPointer { all in
                        lexer.lex(UnsafeBufferPointer(rebasing: all[0..<count]), interner: interner)
                    }
                    if let reason = result.unreadable {
                        local.skipped.append(SkippedFile(path: item.relativePath, reason: reason))
                        break
                    }
                    local.files += 1
                    local.bytes += count
                    local.ownNames.formUnion(result.ownNames)
                    var group = FileFindings(path: item.relativePath, findings: [])
                    group.findings.reserveCapacity(result.candidates.count)
                    result.candidates.withUnsafeBufferPointer { candidates in
                        guard let base = candidates.baseAddress else { return }
                        for index in candidates.indices {
                            // Through the pointer: iterating the array copied every candidate.
                            let candidate = base + index
                            if !group.hasPackageKeys, Self.isPackageKey(candidate.pointee.key) { group.hasPackageKeys = true }
                            if candidate.pointee.fallbackFamily != nil { group.mayHaveUncataloged = true }
                            resolver.resolve(at: candidate, file: item.relativePath, language: item.language, cache: cache,
                                             into: &group.findings)
                        }
                    }
                    // Lexers emit in source order except for a few constructs (asm blocks, f-string fields).
                    if !group.findings.isEmpty {
                        // By index: zipping the array with itself copied every finding.
                        let inOrder = group.findings.indices.dropFirst().allSatisfy {
                            (group.findings[$0 - 1].line, group.findings[$0 - 1].column)
                                <= (group.findings[$0].line, group.findings[$0].column)
                        }
                        if !inOrder {
                            group.findings.sort { ($0.line, $0.column) < ($1.line, $1.column) }
                        }
                        local.groups.append(group)
                    }
                }
                if let progress {
                    tally.withLock { done in
                        done.files += 1
                        done.bytes += readBytes
                        let found = feed.found
                        progress(ScanProgress(filesDone: done.files, filesTotal: found.files, bytesDone: done.bytes,
                                              bytesTotal: found.bytes, listingComplete: found.complete))
                    }
                }
            }
            let finished = local
            shared.withLock { outcome in
                outcome.groups.append(contentsOf: finished.groups)
                outcome.ownNames.formUnion(finished.ownNames)
                outcome.skipped.append(contentsOf: finished.skipped)
                outcome.files += finished.files
                outcome.bytes += finished.bytes
            }
        }
        return shared.withLock { $0 }
    }
}
