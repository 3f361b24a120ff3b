"""qbot core: domain rules, use cases and adapters (never imports bot)."""
