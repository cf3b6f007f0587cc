from django.contrib import admin

from .models import Order


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    class Media:
        js = ("shop/js/admin-order.js",)
