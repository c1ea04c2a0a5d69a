using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Personas;

/// <summary>
/// How much of the evidence stands behind a persona: its customers out of all customers in the segmentation,
/// and their records out of all customer records. <see cref="Fraction"/> = Customers / TotalCustomers, rounded to 3
/// places.
/// </summary>
public sealed record PersonaShare(int Customers, int TotalCustomers, int Records, int TotalRecords, double Fraction)
{
    public static PersonaShare Of(int customers, int totalCustomers, int records, int totalRecords) =>
        new(
            customers,
            totalCustomers,
            records,
            totalRecords,
            Statistics.Round(Statistics.Ratio(customers, totalCustomers), 3)
        );
}
