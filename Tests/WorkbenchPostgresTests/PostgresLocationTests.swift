import Foundation
import Testing
@testable import WorkbenchPostgres
import WorkbenchStore

@Suite("PostgreSQL locations and passwords")
struct PostgresLocationTests {
    /// An environment with no password sources: HOME points at an empty directory.
    func environment(_ extra: [String: String] = [:]) throws -> [String: String] {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("pg-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return ["HOME": home.path, "USER": "fallback"].merging(extra) { $1 }
    }

    @Test("a full URL gives host, port, user, database and libpq's default sslmode")
    func fullURL() throws {
        let location = try PostgresLocation.parse("postgres://alice@db.example:6543/portfolio", environment: try environment())
        #expect(location.host == "db.example" && location.port == 6543)
        #expect(location.user == "alice" && location.database == "portfolio")
        #expect(location.tls == .prefer && location.password == nil)
        #expect(location.displayURL == "postgres://alice@db.example:6543/portfolio")
    }

    @Test("what the URL leaves out comes from PGHOST, PGPORT, PGUSER, PGDATABASE, then USER")
    func environmentDefaults() throws {
        let location = try PostgresLocation.parse("postgresql://", environment: try environment([
            "PGHOST": "pg.internal", "PGPORT": "5999", "PGUSER": "bob", "PGDATABASE": "work", "PGSSLMODE": "disable",
        ]))
        #expect(location.host == "pg.internal" && location.port == 5999 && location.user == "bob")
        #expect(location.database == "work" && location.tls == .disable)
        let bare = try PostgresLocation.parse("postgres:///", environment: try environment())
        #expect(bare.host == "localhost" && bare.port == 5432 && bare.user == "fallback" && bare.database == "fallback")
    }

    @Test("a password in the URL is refused, and the message says where passwords go")
    func passwordInURLRefused() throws {
        let error = #expect(throws: StoreError.self) {
            try PostgresLocation.parse("postgres://alice:secret@db/x", environment: try environment())
        }
        #expect(error?.description.contains("PGPASSWORD") == true)
        #expect(error?.description.contains("secret") == false)
    }

    @Test("bad URLs say what is wrong", arguments: [
        "postgres://a@h:0/x", "postgres://a@h:99999/x", "postgres://a@h/x?sslmode=sometimes", "postgres://a@h/x?color=blue",
        "postgres://a@h/x/y", "mysql://a@h/x",
    ])
    func badURLs(url: String) throws {
        #expect(throws: StoreError.self) { try PostgresLocation.parse(url, environment: try environment()) }
    }

    @Test("PGPASSWORD wins over the password file")
    func passwordFromEnvironment() throws {
        let location = try PostgresLocation.parse("postgres://a@h/x", environment: try environment(["PGPASSWORD": "from-env"]))
        #expect(location.password == "from-env")
    }

    @Test("the password file's first matching line gives the password, with wildcards and escapes")
    func passwordFile() throws {
        var env = try environment()
        let file = env["HOME"]! + "/.pgpass"
        try """
            # comment
            other:5432:x:a:wrong
            h:5432:x:a:pa\\:ss\\\\word
            *:*:*:*:fallback
            """.write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        #expect(try PostgresLocation.parse("postgres://a@h/x", environment: env).password == "pa:ss\\word")
        #expect(try PostgresLocation.parse("postgres://z@elsewhere:7/q", environment: env).password == "fallback")
        env["PGPASSFILE"] = env["HOME"]! + "/missing"
        #expect(try PostgresLocation.parse("postgres://a@h/x", environment: env).password == nil)
    }

    @Test("a password file others can read is refused, as libpq does")
    func passwordFileOpenToOthers() throws {
        let env = try environment()
        let file = env["HOME"]! + "/.pgpass"
        try "*:*:*:*:pw\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o644)
        #expect(throws: StoreError.invalidValue(field: "password file", value: file, reason: "others can read it; run chmod 600 on it")) {
            try PostgresLocation.parse("postgres://a@h/x", environment: env)
        }
    }

    @Test("a socket directory as host is kept, and shown as a host parameter")
    func socketDirectory() throws {
        let location = try PostgresLocation.parse("postgres://a@/x?host=/run/postgresql", environment: try environment())
        #expect(location.host == "/run/postgresql")
        #expect(location.displayURL == "postgres://a@:5432/x?host=/run/postgresql")
    }
}

@Suite("Placeholder numbering")
struct PlaceholderNumberingTests {
    @Test("each ? becomes the next $n; ?N keeps its number; quotes and comments are left alone")
    func numbering() {
        #expect(PlaceholderNumbering.numbered("SELECT * FROM t WHERE a = ? AND b = ?") == "SELECT * FROM t WHERE a = $1 AND b = $2")
        #expect(PlaceholderNumbering.numbered("SELECT ?1, ?1, ?") == "SELECT $1, $1, $2")
        #expect(PlaceholderNumbering.numbered("SELECT '?', \"a?\", ? -- why?\n, ? /* ? */ , ?")
            == "SELECT '?', \"a?\", $1 -- why?\n, $2 /* ? */ , $3")
        #expect(PlaceholderNumbering.numbered("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', $1")
        #expect(PlaceholderNumbering.numbered("SELECT 1") == "SELECT 1")
    }
}
