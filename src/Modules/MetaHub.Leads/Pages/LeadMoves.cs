using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Json;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Features.Pipeline;
using MetaHub.Leads.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MetaHub.Leads.Pages;

/// <summary>A status change asked from a page (a card dropped, a status picked): lost asks why first; everything goes through the pipeline's rules.</summary>
internal static class LeadMoves
{
    /// <summary>True when the lead moved; false when the user cancelled or the move was refused (the refusal shown as a snackbar).</summary>
    public static async Task<bool> MoveAsync(
        Guid id, string companyName, LeadStatus to, LeadPipeline pipeline, IDialogService dialogs, ISnackbar snackbar, IStringLocalizer<LeadsResources> localizer)
    {
        if (to == LeadStatus.Lost)
        {
            var parameters = new DialogParameters<LostReasonDialog> { { d => d.LeadId, id }, { d => d.CompanyName, companyName } };
            var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false };
            var dialog = await dialogs.ShowAsync<LostReasonDialog>(localizer["lost.title"], parameters, options);
            if (await dialog.Result is not { Canceled: false })
            {
                return false;
            }
        }
        else if (await Refusal.CatchAsync(() => pipeline.ChangeStatusAsync(id, new StatusRequest(ApiValue.Of(to), null), CancellationToken.None)) is { } refusal)
        {
            snackbar.Add(refusal.Message, Severity.Error);
            return false;
        }

        snackbar.Add(localizer["status.moved", companyName, LeadFormat.Status(localizer, to)], Severity.Success);
        return true;
    }
}
