using System.Collections.Frozen;

namespace CxAssistant.Core.Safety;

/// <summary>
/// The words each family of <see cref="InstructionCues"/> cannot do without, looked up word by word before any pattern
/// runs: almost all feedback has none of an addressee, an override verb, an output verb together with an analysis word,
/// or a verdict word, and then no pattern of that family can match. Keeps the screen at a word scan for most records.
/// </summary>
internal static class InstructionWords
{
    [Flags]
    public enum Family
    {
        None = 0,
        Addressing = 1,
        Override = 2,
        OutputVerb = 4,
        AnalysisWord = 8,
        Verdict = 16,
    }

    private static readonly FrozenDictionary<string, Family> Words = Build();
    private static readonly FrozenDictionary<string, Family>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The families whose words occur in <paramref name="text"/>, and where (word start, families).</summary>
    public static Family In(string text, List<(int At, Family Family)> hits)
    {
        var found = Family.None;
        var s = text.AsSpan();
        for (var i = 0; i < s.Length; )
        {
            while (i < s.Length && !char.IsLetter(s[i]))
            {
                i++;
            }
            var start = i;
            while (i < s.Length && char.IsLetter(s[i]))
            {
                i++;
            }
            if (i > start && i - start <= 24 && Lookup.TryGetValue(s[start..i], out var family))
            {
                found |= family;
                hits.Add((start, family));
            }
        }
        return found;
    }

    private static FrozenDictionary<string, Family> Build()
    {
        var map = new Dictionary<string, Family>(StringComparer.OrdinalIgnoreCase);
        void Add(Family f, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[w] = map.GetValueOrDefault(w) | f;
            }
        }
        Add(
            Family.Addressing,
            "ai llm llms gpt chatgpt claude gemini copilot model models bot bots chatbot chatbots assistant assistants "
                + "analyst analysts analyser analyzer analysers analyzers annotator "
                + "annotators classifier classifiers summariser summarizer "
                + "summarisers summarizers labeller labeler labellers labelers algorithm "
                + "algorithms automated automatic whoever whatever anyone "
                + "anybody intelligence ia inteligencia modelo modelos asistente "
                + "asistentes analista analistas sistema sistemas quien quienes "
                + "mod mode modèle modèles analyste analystes système systèmes "
                + "assistante ki künstliche kunstliche modell sprachmodell assistent "
                + "assistentin analystin wer system task job instructions role goal "
                + "programming guidelines rules understood acknowledged instructed"
        );
        Add(
            Family.Override,
            "ignore disregard forget override bypass discard ignora ignorad "
                + "ignoren olvida olvide olvidad olvídate olvidate "
                + "olvídese olvidese descarta omite ignorez oublie oubliez tiens tenez "
                + "abstraction ignoriere ignorier ignorieren ignoriert vergiss "
                + "vergessen vergesst missachte missachten"
        );
        Add(
            Family.OutputVerb,
            "say state tell write print output return respond reply answer report "
                + "summarise summarize conclude classify "
                + "categorise categorize label tag mark flag rate score grade rank set "
                + "assign treat consider count record log list include "
                + "exclude omit leave put move place describe present generate ensure "
                + "change update modify pretend act behave roleplay assume "
                + "emphasise emphasize highlight prioritise prioritize deprioritise "
                + "deprioritize do don never di diga decid escribe escriba "
                + "responde responda contesta informa reporta resume resuma concluye "
                + "clasifica clasifique etiqueta marca marque califica "
                + "califique puntúa puntua valora asigna pon ponga considera trata "
                + "cuenta incluye excluye cambia muestra genera actúa actua finge "
                + "no dis dites écris ecris écrivez ecrivez réponds reponds répondez "
                + "repondez indique indiquez signale signalez résume résumez "
                + "resumez conclus concluez classe classez marquez note notez évalue "
                + "evalue évaluez evaluez attribue attribuez mets mettez placez "
                + "considère considere considérez considerez traite traitez compte "
                + "comptez affiche génère genere ne sag sage sagen schreib "
                + "schreibe schreiben antworte antworten berichte melde melden fasse "
                + "fassen klassifiziere klassifizieren kategorisiere markiere "
                + "markieren bewerte bewerten vergib setze setzen gib geben betrachte "
                + "behandle zähle zahle ändere andere zeige"
        );
        Add(
            Family.AnalysisWord,
            "touchpoint touchpoints sentiment sentiments score scores ratings nps "
                + "csat fix summary report analysis output "
                + "findings results conclusion classification category categories review "
                + "reviews feedback comment comments record records entry "
                + "entries text texts message messages ticket tickets response responses "
                + "data positive negative neutral praise compliment star "
                + "excellent perfect flawless world best resolved customers clients "
                + "everyone everybody nothing everything issues problems "
                + "complaints problems any puntos punto puntuación puntuacion "
                + "puntuaciones sentimiento etiqueta etiquetas prioridad resumen informe "
                + "análisis analisis salida este esta estos comentario comentarios "
                + "mensaje mensajes texto textos registro registros reseña resena "
                + "reseñas cliente clientes positivo positiva excelente perfecto todo "
                + "ningún ningun problema points point contact résumé resume "
                + "rapport analyse sortie cet ce cette avis commentaire client positif "
                + "parfait tout aucun problème probleme kontaktpunkt "
                + "kontaktpunkte bewertungen punktzahl stimmung zusammenfassung bericht "
                + "ausgabe dieser diese dieses diesen kommentar nachricht "
                + "bewertung eintrag kunde kunden kundin positiv ausgezeichnet perfekt "
                + "alles keine lieferprobleme probleme"
        );
        Add(
            Family.Verdict,
            "customer reviewer user client shopper review feedback comment record entry text message ticket sentiment "
                + "sentimentlabel label classification intent category labelled labeled "
                + "classified marked rated scored treated counted considered "
                + "ranked correct right final only true proper answer nothing touchpoint "
                + "touchpoints priority priorities score scores rating "
                + "ratings este respuesta nada todos cada ce cet réponse reponse rien "
                + "tous chaque dieser diese dieses antwort nichts alle jeden jeder"
        );
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
