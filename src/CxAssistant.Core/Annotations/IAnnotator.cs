using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Annotations;

/// <summary>
/// Reads one evidence item against the touchpoint catalog the annotator was built for.
/// Offline and model-backed implementations share this port; implementations are thread-safe.
/// </summary>
public interface IAnnotator
{
    Annotation Annotate(EvidenceRecord record);
}
