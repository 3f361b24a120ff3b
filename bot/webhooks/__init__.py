"""Inbound webhooks from QuickBooks."""
