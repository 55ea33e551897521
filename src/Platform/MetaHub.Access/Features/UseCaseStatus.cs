namespace MetaHub.Access.Features;

internal enum UseCaseStatus
{
    Done,
    NotFound,
    Invalid,
    Conflict,
    Forbidden,
}
