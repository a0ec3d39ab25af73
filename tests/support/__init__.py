"""Shared builders of real inputs for the tests."""
