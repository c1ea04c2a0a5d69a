using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// One stage call: the suite and case, the inputs to use (the case's own or its control), their resolved data and the
/// variant.
/// </summary>
public sealed record StageRequest(EvalSuite Suite, EvalCase Case, CaseData Data, EvalVariant Variant);
