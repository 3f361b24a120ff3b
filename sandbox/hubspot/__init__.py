"""A HubSpot CRM API simulator (companies, notes, owners) for the demo and tests."""
