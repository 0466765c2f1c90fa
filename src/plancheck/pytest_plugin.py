"""pytest plugin (registered by the ``pytest11`` entry point); see docs/pytest-plugin.md."""
