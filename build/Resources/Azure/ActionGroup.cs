namespace Build.Resources.Azure;

/// <summary>An action group: whom an alert (or a budget notification) reaches.</summary>
public sealed record ActionGroup(ArmResource Resource) : IArmView
{
    private static readonly string[] ReceiverKinds =
    [
        "emailReceivers", "smsReceivers", "webhookReceivers", "azureAppPushReceivers", "voiceReceivers", "logicAppReceivers",
        "azureFunctionReceivers", "armRoleReceivers", "eventHubReceivers", "itsmReceivers", "automationRunbookReceivers",
    ];

    public ArmValue Enabled => Resource["properties.enabled"];

    public int Receivers => ReceiverKinds.Sum(kind => Resource[$"properties.{kind}"].Count);
}
