from __future__ import annotations

from django.urls import path

from apps.plans.views import actions, builder, conversation, dashboard, email, reasons

app_name = "plans"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("new/", builder.new_plan, name="new"),
    path("<uuid:plan_id>/", dashboard.summary, name="summary"),
    path("<uuid:plan_id>/situation/", builder.situation, name="situation"),
    path("<uuid:plan_id>/reasons/", reasons.reasons, name="reasons"),
    path("<uuid:plan_id>/door-open/", builder.door_open, name="door_open"),
    path("<uuid:plan_id>/conversation/", conversation.conversation, name="conversation"),
    path("<uuid:plan_id>/email/", email.email, name="email"),
    path("<uuid:plan_id>/reconnect/", builder.reconnect, name="reconnect"),
    path("<uuid:plan_id>/tone-check/", actions.tone_check, name="tone_check"),
    path("<uuid:plan_id>/archive/", actions.archive, name="archive"),
    path("<uuid:plan_id>/delete/", actions.delete, name="delete"),
]
