/// One step of the pipeline: reads what the stages before it added to a document and adds one
/// kind of annotation, never changing what an earlier stage wrote. `Coder` runs the stages in order.
///
/// ```swift
/// for stage in coder.stages { stage.run(&doc) }
/// ```
public protocol Stage: Sendable {
    func run(_ doc: inout Document)
}
