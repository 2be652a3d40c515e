package org.serge.web.streaming;

import org.serge.core.conversation.ConversationService;
import org.serge.core.follow.FollowRepository;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.lists.ListRepository;
import org.serge.core.mute.MuteRepository;
import org.serge.core.notification.NotificationRepository;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.StatusVisibilityPolicy;
import org.serge.core.tag.TagRepository;
import org.serge.core.timeline.StatusViews;
import org.serge.web.api.entity.StatusEntity;
import org.serge.web.api.conversations.ConversationEntities;
import org.serge.web.api.notifications.NotificationEntities;

/** What the streaming hubs read and render with; built once per node, shared by every HTTP verticle. */
record StreamSources(StatusRepository statuses, FollowRepository follows, InteractionRepository interactions,
                     StatusVisibilityPolicy visibility, StatusViews statusViews, StatusEntity statusEntity,
                     NotificationRepository notifications, NotificationEntities notificationEntities,
                     MuteRepository mutes, ListRepository lists, TagRepository tags,
                     ConversationService conversations, ConversationEntities conversationEntities) {
}
