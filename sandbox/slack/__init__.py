"""Local simulator of the Slack Web API (see sandbox.slack.server)."""
