"""The factdb command-line interface: parse, call one service, print."""
