namespace OrderService;

/// <summary>
/// Names this application for <c>WebApplicationFactory&lt;OrderServiceApp&gt;</c>. Every web app has a <c>Program</c>,
/// so a test project that hosts both samples needs a type that only this one has.
/// </summary>
public sealed class OrderServiceApp;
