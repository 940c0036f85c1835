/// One try at moving a codebase to a target by a strategy.
public struct Attempt: WorkbenchRecord, Equatable {
    /// The table name.
    public static let databaseTableName = "attempt"
    /// Row id.
    public var id: Int64?
    /// The codebase being ported.
    public var codebaseId: Int64
    /// A short title, unique within the codebase.
    public var title: String
    /// The platform moved to.
    public var target: Target
    /// The road taken (native CANN, torch_npu, ONNX, HIP …).
    public var strategy: Strategy
    /// Where the attempt stands.
    public var status: AttemptStatus
    /// What the code runs on today ("CUDA 12.2 · A100 · PyTorch 2.1").
    public var sourceStack: String
    /// What it should run on ("CANN 8.0 · Atlas A2 · torch_npu 2.1").
    public var targetStack: String?
    /// When the attempt was added (ISO-8601 UTC).
    public var createdAt: String
    /// When its status last changed (ISO-8601 UTC).
    public var updatedAt: String

    /// An attempt not yet inserted.
    public init(
        id: Int64? = nil, codebaseId: Int64, title: String, target: Target, strategy: Strategy,
        status: AttemptStatus, sourceStack: String, targetStack: String?, createdAt: String,
        updatedAt: String
    ) {
        self.id = id
        self.codebaseId = codebaseId
        self.title = title
        self.target = target
        self.strategy = strategy
        self.status = status
        self.sourceStack = sourceStack
        self.targetStack = targetStack
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
