using MetaHub.Leads.Domain;

namespace MetaHub.Leads.Features.Pipeline;

/// <summary>
/// One status of the board: how many leads it holds, what they are expected to bring per currency,
/// and its cards (at most <see cref="LeadPipeline.CardLimit"/>; <see cref="Count"/> counts them all).
/// </summary>
internal sealed record PipelineColumn(LeadStatus Status, int Count, IReadOnlyList<MoneyTotal> Totals, IReadOnlyList<PipelineCard> Cards);
