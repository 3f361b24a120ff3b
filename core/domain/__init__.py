"""Pure accounts-receivable rules: no I/O, no clock, no framework."""
