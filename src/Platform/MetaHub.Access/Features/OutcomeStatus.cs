namespace MetaHub.Access.Features;

internal enum OutcomeStatus
{
    Done,
    NotFound,
    Invalid,
    Refused,
}
