"""Pure Block Kit builders for every Slack surface qbot draws."""
