import GRDB

extension Schema {
    /// Version 1: every table of the data model. Written with plain strings, never with
    /// app types, so later changes to the records cannot change what this migration does.
    static func createV1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE team (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
              org TEXT,
              lead TEXT,
              created_at TEXT NOT NULL
            );
            CREATE TABLE codebase (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
              name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
              location TEXT,
              language TEXT,
              created_at TEXT NOT NULL
            );
            CREATE INDEX codebase_on_team ON codebase(team_id);
            CREATE TABLE attempt (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              codebase_id INTEGER NOT NULL REFERENCES codebase(id) ON DELETE CASCADE,
              title TEXT NOT NULL CHECK (length(trim(title)) > 0),
              target TEXT NOT NULL CHECK (target IN ('ascend','hip','sycl','opencl','cpu','other')),
              strategy TEXT NOT NULL CHECK (strategy IN ('native-cann','torch-npu','onnx','hip','sycl','other')),
              status TEXT NOT NULL CHECK (status IN ('planned','active','blocked','done','abandoned')),
              source_stack TEXT NOT NULL,
              target_stack TEXT,
              created_at TEXT NOT NULL,
              updated_at TEXT NOT NULL,
              UNIQUE (codebase_id, title)
            );
            CREATE INDEX attempt_on_codebase ON attempt(codebase_id);
            CREATE INDEX attempt_on_status ON attempt(status);
            CREATE TABLE attempt_event (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              attempt_id INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
              from_status TEXT CHECK (from_status IN ('planned','active','blocked','done','abandoned')),
              to_status TEXT NOT NULL CHECK (to_status IN ('planned','active','blocked','done','abandoned')),
              note TEXT,
              at TEXT NOT NULL
            );
            CREATE INDEX attempt_event_on_attempt ON attempt_event(attempt_id, at);
            CREATE TABLE scan (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              codebase_id INTEGER REFERENCES codebase(id) ON DELETE CASCADE,
              attempt_id INTEGER REFERENCES attempt(id) ON DELETE CASCADE,
              root TEXT NOT NULL,
              git_revision TEXT,
              target TEXT NOT NULL CHECK (target IN ('ascend','hip','sycl')),
              chip_generation TEXT,
              catalog_version TEXT,
              started_at TEXT NOT NULL,
              duration_ms INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
              files_scanned INTEGER NOT NULL DEFAULT 0 CHECK (files_scanned >= 0),
              bytes_scanned INTEGER NOT NULL DEFAULT 0 CHECK (bytes_scanned >= 0),
              files_skipped INTEGER NOT NULL DEFAULT 0 CHECK (files_skipped >= 0),
              finding_count INTEGER NOT NULL DEFAULT 0 CHECK (finding_count >= 0)
            );
            CREATE INDEX scan_on_attempt ON scan(attempt_id, started_at);
            CREATE INDEX scan_on_codebase ON scan(codebase_id, started_at);
            CREATE TABLE finding (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              scan_id INTEGER NOT NULL REFERENCES scan(id) ON DELETE CASCADE,
              file TEXT NOT NULL,
              line INTEGER NOT NULL CHECK (line >= 1),
              "column" INTEGER NOT NULL CHECK ("column" >= 1),
              symbol TEXT NOT NULL,
              kind TEXT NOT NULL,
              family TEXT NOT NULL,
              language TEXT NOT NULL,
              effort TEXT NOT NULL CHECK (effort IN ('direct','mechanical','rewrite','blocker','unknown')),
              replacement TEXT,
              note TEXT,
              mappings TEXT NOT NULL DEFAULT '{}',
              snippet TEXT
            );
            CREATE INDEX finding_on_scan_family ON finding(scan_id, family);
            CREATE INDEX finding_on_scan_effort ON finding(scan_id, effort);
            CREATE INDEX finding_on_scan_file ON finding(scan_id, file, line);
            CREATE TABLE intervention (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              attempt_id INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
              engineer TEXT NOT NULL CHECK (length(trim(engineer)) > 0),
              date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
              hours REAL NOT NULL CHECK (hours > 0 AND hours <= 1000),
              kind TEXT NOT NULL CHECK (kind IN ('kernel-port','operator-substitution','build-fix','accuracy-debug','perf-tuning','training','upstream-fix','other')),
              summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
              outcome TEXT CHECK (outcome IN ('resolved','partial','unresolved')),
              finding_id INTEGER REFERENCES finding(id) ON DELETE SET NULL,
              created_at TEXT NOT NULL
            );
            CREATE INDEX intervention_on_attempt ON intervention(attempt_id, date);
            CREATE INDEX intervention_on_engineer ON intervention(engineer, date);
            CREATE INDEX intervention_on_date ON intervention(date);
            CREATE INDEX intervention_on_finding ON intervention(finding_id);
            CREATE TABLE bench_session (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              attempt_id INTEGER REFERENCES attempt(id) ON DELETE CASCADE,
              label TEXT,
              source TEXT NOT NULL CHECK (source IN ('run','import')),
              started_at TEXT NOT NULL,
              finished_at TEXT,
              host TEXT,
              machine TEXT NOT NULL DEFAULT '{}',
              baseline_port TEXT,
              triad_gbps REAL,
              fma_gflops REAL,
              settings TEXT NOT NULL DEFAULT '{}'
            );
            CREATE INDEX bench_session_on_attempt ON bench_session(attempt_id, started_at);
            CREATE TABLE bench_result (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              session_id INTEGER NOT NULL REFERENCES bench_session(id) ON DELETE CASCADE,
              kernel TEXT NOT NULL,
              size TEXT NOT NULL,
              port TEXT NOT NULL,
              samples INTEGER NOT NULL CHECK (samples >= 0),
              median_ns REAL,
              mad_ns REAL,
              min_ns REAL,
              q1_ns REAL,
              q3_ns REAL,
              stop_reason TEXT,
              checksum_ok INTEGER CHECK (checksum_ok IN (0,1)),
              gbps REAL,
              gflops REAL,
              raw_samples TEXT NOT NULL DEFAULT '[]',
              baseline_port TEXT,
              ratio REAL,
              ci_low REAL,
              ci_high REAL,
              loss_percent REAL,
              verdict TEXT CHECK (verdict IN ('SAME','SLOWER','FASTER','INCONCLUSIVE','WRONG')),
              UNIQUE (session_id, kernel, size, port)
            );
            CREATE INDEX bench_result_on_kernel ON bench_result(kernel, port);
            """)
    }
}
